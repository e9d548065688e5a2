package io.vigil.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.movement.domain.ReadinessFixture.Defect;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A visit's readiness on hand-worked cases. */
class ReadinessPolicyTest {

    @Test
    void a_visit_with_every_item_in_place_is_ready_with_no_note() {
        Readiness r = ReadinessFixture.assess(ReadinessFixture.none());
        assertThat(r.ready()).isTrue();
        assertThat(r.blockers()).isEmpty();
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void every_blocker_is_listed_with_its_reason_in_the_fixed_order() {
        Readiness r = ReadinessFixture.assess(EnumSet.of(Defect.ANA_DENIED, Defect.NO_SAFE_ROOM, Defect.VENUE_LAPSES,
                Defect.ESCORT_DECLINED));
        assertThat(r.ready()).isFalse();
        assertThat(r.blockers()).containsExactly(
                new Readiness.Blocker(Readiness.Kind.VENUE, "the assessment of venue 'Hotel in Polanco' lapses on"
                        + " 2026-03-10, before 'Donor round table' on 2026-03-11"),
                new Readiness.Blocker(Readiness.Kind.ADVANCE_ASSESSMENT, "the advance site assessment lacks the safe"
                        + " room"),
                new Readiness.Blocker(Readiness.Kind.SUPPORT, "the request to the host government for 'Motorcade"
                        + " escort' was declined on 2026-02-10"),
                new Readiness.Blocker(Readiness.Kind.CLEARANCE, "member " + ReadinessFixture.ANA + " would be denied"
                        + " (clearance c-ana, DENIED): traveller " + ReadinessFixture.ANA + " does not hold SSAFE"));
    }

    @Test
    void an_assessment_missing_several_items_names_each_in_the_records_order() {
        SiteAssessment bare = new SiteAssessment(Optional.of(new SiteAssessment.Route("Reforma", 20)),
                Optional.empty(), Optional.empty(), Optional.of(new SiteAssessment.EmergencyService("SSC", "911", 8)),
                Optional.empty(), Optional.empty(), "officer", Instant.parse("2026-02-20T12:00:00Z"));
        assertThat(bare.missing()).containsExactly("the alternate route", "the nearest hospital", "the safe room",
                "the assembly point");
    }

    @Test
    void a_venue_valid_to_the_minute_the_item_ends_does_not_block_and_an_unknown_one_does() {
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000999");
        Instant from = Instant.parse("2026-03-11T15:00:00Z");
        Instant to = Instant.parse("2026-03-11T19:00:00Z");
        Visit v = new Visit(VisitId.random(), ReadinessFixture.MX, 0, "Retreat", VisitKind.RETREAT, Optional.empty(),
                List.of(ReadinessFixture.ANA), ReadinessFixture.STARTS, ReadinessFixture.ENDS, List.of(
                new ProgrammeItem("Round table", "Polanco", Optional.of(ReadinessFixture.HOTEL), from, to),
                new ProgrammeItem("Dinner", "Condesa", Optional.of(unknown), from, to)), Optional.empty(), List.of(),
                List.of(), List.of(new MemberClearance(ReadinessFixture.ANA, "c-ana")));
        Readiness r = ReadinessPolicy.assess(v, Map.of(ReadinessFixture.HOTEL, new VenueStanding(ReadinessFixture.HOTEL,
                        "Hotel in Polanco", io.vigil.kernel.geo.GeoPoint.of(19.43, -99.19), to)),
                Map.of("c-ana", new ClearanceStanding("c-ana", "APPROVED", false, List.of())), 14,
                ReadinessFixture.MEXICO);
        assertThat(r.blockers()).containsExactly(
                new Readiness.Blocker(Readiness.Kind.VENUE, "'Dinner' on 2026-03-11 names venue " + unknown
                        + ", not an assessed venue of the office"),
                new Readiness.Blocker(Readiness.Kind.ADVANCE_ASSESSMENT, "no advance site assessment"));
    }

    @Test
    void a_support_request_made_fewer_than_the_lead_days_before_the_start_is_noted_late_not_blocking() {
        // the visit starts on 10 March 00:00 local; a request on 24 February 12:00 local is 13.5 days before
        SupportRequest late = new SupportRequest(UUID.randomUUID(), SupportProvider.PRIVATE_SECURITY,
                "Close protection", Instant.parse("2026-02-24T18:00:00Z"), SupportStatus.CONFIRMED,
                Optional.of(Instant.parse("2026-02-25T18:00:00Z")));
        SupportRequest inTime = new SupportRequest(UUID.randomUUID(), SupportProvider.HOST_GOVERNMENT, "Escort",
                Instant.parse("2026-02-24T06:00:00Z"), SupportStatus.CONFIRMED,
                Optional.of(Instant.parse("2026-02-25T18:00:00Z")));
        assertThat(late.lateFor(ReadinessFixture.STARTS, 14)).isTrue();
        assertThat(inTime.lateFor(ReadinessFixture.STARTS, 14)).as("exactly 14 days before").isFalse();
        Visit v = new Visit(VisitId.random(), ReadinessFixture.MX, 0, "Field visit", VisitKind.FIELD_VISIT,
                Optional.empty(), List.of(ReadinessFixture.ANA), ReadinessFixture.STARTS, ReadinessFixture.ENDS,
                List.of(), Optional.empty(), List.of(), List.of(late, inTime),
                List.of(new MemberClearance(ReadinessFixture.ANA, "c-ana")));
        Readiness r = ReadinessPolicy.assess(v, Map.of(), Map.of("c-ana", new ClearanceStanding("c-ana", "APPROVED",
                false, List.of())), 14, ReadinessFixture.MEXICO);
        assertThat(r.blockers()).extracting(Readiness.Blocker::kind).containsExactly(Readiness.Kind.ADVANCE_ASSESSMENT);
        assertThat(r.notes()).containsExactly("the request to private security for 'Close protection' was made on"
                + " 2026-02-24, fewer than 14 days before the visit starts on 2026-03-10: late");
    }
}
