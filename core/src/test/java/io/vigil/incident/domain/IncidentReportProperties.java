package io.vigil.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The reporting deadlines against a table written from the brief (critical 24 h, serious and
 * moderate 48 h, minor none unless always reportable, then 48 h), and closing: an incident with an
 * open action or an open enquiry never closes, and the refusal names every one of them.
 */
class IncidentReportProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    /** Hours to the written report by severity: the brief's table (an always-reportable minor one: 48). */
    private static final Map<Severity, Long> HOURS = Map.of(Severity.CRITICAL, 24L, Severity.SERIOUS, 48L,
            Severity.MODERATE, 48L);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(300);
    }

    private static Gen<Instant> instants() {
        return Generate.longRange(0, 3L * 365 * 86_400).map(EPOCH::plusSeconds);
    }

    private static IncidentReport report(Severity severity, Instant at, List<FollowUpAction> actions) {
        return new IncidentReport(IncidentReportId.random(), OFFICE, 1, "hazards", "road-traffic-crash", "Crash", "",
                at, at, new IncidentPlace("Periférico", Optional.of(GeoPoint.of(19.33, -99.21)), List.of()), List.of(),
                List.of(), severity, "driver", Verification.CONFIRMED, "associate",
                ReportingRules.writtenDue(severity, true, at), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), actions,
                ReportStatus.OPEN, Optional.empty());
    }

    @Test
    void the_written_report_is_due_exactly_24_or_48_hours_after_the_incident_by_severity() {
        qt().forAll(Generate.enumValues(Severity.class), instants(), SourceDSL.booleans().all())
                .checkAssert((severity, at, always) -> {
                    Optional<Instant> due = ReportingRules.writtenDue(severity, always, at);
                    if (severity == Severity.MINOR) {
                        assertThat(due).isEqualTo(always ? Optional.of(at.plusSeconds(48 * 3600)) : Optional.empty());
                    } else {
                        assertThat(due).contains(at.plusSeconds(HOURS.get(severity) * 3600));
                    }
                    assertThat(ReportingRules.flashRequired(severity)).isEqualTo(severity == Severity.CRITICAL);
                });
    }

    @Test
    void a_written_report_is_late_exactly_once_its_due_time_has_passed_without_it() {
        qt().forAll(Generate.enumValues(Severity.class), instants(), Generate.longRange(-100 * 3600, 100 * 3600))
                .checkAssert((severity, at, offset) -> {
                    IncidentReport r = report(severity, at, List.of());
                    Instant now = at.plusSeconds(HOURS.getOrDefault(severity, 48L) * 3600 + offset);
                    assertThat(r.writtenLate(now)).isEqualTo(offset > 0);
                    IncidentReport written = r.submitWritten(new WrittenReport("done", now, "associate"))
                            .orElseThrow();
                    assertThat(written.writtenLate(now.plusSeconds(1_000_000))).as("late only if it came late")
                            .isEqualTo(offset > 0);
                });
    }

    @Test
    void an_incident_with_an_open_action_or_enquiry_never_closes_and_each_is_named() {
        Gen<List<Boolean>> done = SourceDSL.lists().of(SourceDSL.booleans().all()).ofSizeBetween(0, 6);
        qt().forAll(done, Generate.range(0, 3), instants()).checkAssert((actionsDone, enquiries, at) -> {
            List<FollowUpAction> actions = new ArrayList<>();
            for (int i = 0; i < actionsDone.size(); i++) {
                actions.add(new FollowUpAction(i + 1, "Action " + (i + 1), "owner", at, Optional.empty(),
                        actionsDone.get(i) ? Optional.of(at) : Optional.empty()));
            }
            List<EnquiryId> open = new ArrayList<>();
            for (int i = 0; i < enquiries; i++) {
                open.add(EnquiryId.random());
            }
            Outcome<IncidentReport> closed = report(Severity.SERIOUS, at, actions).close(at, open);
            long openActions = actionsDone.stream().filter(d -> !d).count();
            if (openActions == 0 && open.isEmpty()) {
                assertThat(closed).isInstanceOfSatisfying(Outcome.Done.class, d ->
                        assertThat(((IncidentReport) d.result()).status()).isEqualTo(ReportStatus.CLOSED));
            } else {
                assertThat(closed).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
                    Outcome.Refused<?> r = (Outcome.Refused<?>) refused;
                    assertThat(r.reasons()).hasSize((int) openActions + open.size());
                    open.forEach(e -> assertThat(String.join(";", r.reasons())).contains(e.toString()));
                    for (int i = 0; i < actionsDone.size(); i++) {
                        if (!actionsDone.get(i)) {
                            assertThat(String.join(";", r.reasons())).contains("action " + (i + 1) + " ");
                        }
                    }
                });
            }
        });
    }
}
