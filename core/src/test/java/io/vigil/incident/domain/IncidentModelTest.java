package io.vigil.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The taxonomy, places, the chain's acknowledgements, persons withheld and enquiries' closing. */
class IncidentModelTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void the_standard_taxonomy_has_the_five_threat_categories_and_every_road_traffic_crash_is_reportable() {
        Taxonomy t = Taxonomy.standard();
        assertThat(t.categories()).extracting(Taxonomy.Category::code)
                .containsExactly("crime", "terrorism", "armed-conflict", "civil-unrest", "hazards");
        assertThat(t.subtype("hazards", "road-traffic-crash")).get().extracting(Taxonomy.Subtype::alwaysReportable)
                .isEqualTo(true);
        assertThat(t.subtype("crime", "express-kidnapping")).isPresent();
        assertThat(t.subtype("crime", "earthquake")).as("a subtype of another category").isEmpty();
        assertThatThrownBy(() -> new Taxonomy(List.of(new Taxonomy.Category("crime", "Crime", List.of(
                new Taxonomy.Subtype("Armed Robbery", "x", false)))))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Armed Robbery");
        assertThatThrownBy(() -> new Taxonomy(List.of(new Taxonomy.Category("crime", "Crime", List.of(
                new Taxonomy.Subtype("crime", "x", false)))))).hasMessageContaining("repeat the code crime");
    }

    @Test
    void a_place_is_a_point_or_an_area_never_both_and_neither_only_when_left_to_complete() {
        GeoPoint p = GeoPoint.of(19.4, -99.1);
        List<GeoPoint> area = List.of(p, GeoPoint.of(19.5, -99.1), GeoPoint.of(19.5, -99.0));
        assertThat(new IncidentPlace("x", Optional.of(p), List.of()).point()).contains(p);
        assertThat(new IncidentPlace("x", Optional.empty(), area).area()).hasSize(3);
        assertThatThrownBy(() -> new IncidentPlace("x", Optional.of(p), area)).isInstanceOf(InvalidValueException.class);
        IncidentPlace unplaced = new IncidentPlace("x", Optional.empty(), List.of());
        assertThat(unplaced).isEqualTo(IncidentPlace.unplaced("x"));
        assertThat(unplaced.placed()).isFalse();
        assertThat(new IncidentPlace("x", Optional.of(p), List.of()).placed()).isTrue();
        assertThatThrownBy(() -> new IncidentPlace("x", Optional.empty(), area.subList(0, 2)))
                .hasMessageContaining("at least 3");
    }

    private static IncidentReport robbery(PersonId lucia) {
        return new IncidentReport(IncidentReportId.random(), OfficeId.of("MX-MEX"), 1, "crime", "armed-robbery", "x", "",
                T, T, new IncidentPlace("Masaryk", Optional.of(GeoPoint.of(19.43, -99.19)), List.of()),
                List.of(new AffectedPerson(Optional.of(lucia), "Lucía", Harm.HARASSED),
                        new AffectedPerson(Optional.empty(), "Driver", Harm.INJURED)), List.of(), Severity.CRITICAL,
                "staff", Verification.CONFIRMED, "associate", ReportingRules.writtenDue(Severity.CRITICAL, false, T),
                Optional.empty(), List.of(new ChainNotice("COM", NoticeKind.FLASH, "m-1", T, Optional.empty(),
                Optional.empty()), new ChainNotice("RSO", NoticeKind.FLASH, "m-2", T, Optional.empty(), Optional.empty())),
                Optional.empty(), Optional.empty(), List.of(), ReportStatus.OPEN, Optional.empty());
    }

    @Test
    void persons_withheld_keep_their_harm_only() {
        PersonId lucia = PersonId.random();
        IncidentReport r = robbery(lucia);
        assertThat(r.personsNamed()).containsExactly(lucia);
        assertThat(r.withoutPersons().persons()).extracting(AffectedPerson::name, AffectedPerson::harm,
                AffectedPerson::person).containsExactly(
                org.assertj.core.groups.Tuple.tuple("(withheld)", Harm.HARASSED, Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("(withheld)", Harm.INJURED, Optional.empty()));
    }

    @Test
    void each_role_acknowledges_its_own_notice_once() {
        IncidentReport r = robbery(PersonId.random());
        IncidentReport acked = r.acknowledge("COM", "manager", T.plusSeconds(60)).orElseThrow();
        assertThat(acked.notices().get(0).acknowledgedBy()).contains("manager");
        assertThat(acked.notices().get(1).acknowledged()).isFalse();
        assertThat(acked.acknowledge("COM", "manager", T)).isInstanceOf(Outcome.Refused.class);
        assertThat(r.acknowledge("SOC", "soc", T)).isInstanceOfSatisfying(Outcome.Refused.class,
                x -> assertThat(((Outcome.Refused<?>) x).reasons().get(0)).contains("was not told"));
    }

    @Test
    void an_enquiry_closes_with_a_finding_and_every_measure_done() {
        Enquiry e = new Enquiry(EnquiryId.random(), OfficeId.of("MX-MEX"), 1, Optional.empty(), "Badge lent",
                List.of("investigator"), List.of(), List.of(), List.of(), "officer", T, ReportStatus.OPEN,
                Optional.empty());
        assertThat(e.close(T)).isInstanceOfSatisfying(Outcome.Refused.class,
                r -> assertThat(r.reasons()).containsExactly("enquiry " + e.id() + " has no finding"));
        Enquiry measured = e.addFinding("Badge lent to a visitor").orElseThrow()
                .addMeasure("Badge checks at the gate", "SSC", "guard force", T.plusSeconds(86_400)).orElseThrow();
        assertThat(measured.measures().get(0).agreedWith()).contains("SSC");
        assertThat(measured.overdueMeasures(T.plusSeconds(86_401))).hasSize(1);
        assertThat(measured.close(T)).isInstanceOf(Outcome.Refused.class);
        Enquiry closed = measured.completeMeasure(1, T).orElseThrow().close(T).orElseThrow();
        assertThat(closed.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(closed.addFinding("late")).isInstanceOf(Outcome.Refused.class);
        assertThat(closed.investigatedBy("investigator")).isTrue();
    }

    @Test
    void settings_refuse_a_repeated_role_and_keep_codes_sorted() {
        ChainMember com = new ChainMember("COM", "Manager", NoticeChannel.EMAIL, "com@example.org");
        assertThatThrownBy(() -> new IncidentSettings(OfficeId.of("MX-MEX"), 0, Taxonomy.standard(), List.of(com, com),
                "x", Map.of())).hasMessageContaining("repeat the role COM");
        IncidentSettings s = new IncidentSettings(OfficeId.of("MX-MEX"), 0, Taxonomy.standard(), List.of(com), "HIS",
                Map.of("theft", "C2", "arson", "C1"));
        assertThat(s.codes().keySet()).containsExactly("arson", "theft");
    }
}
