package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RequestDetails;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The on-call roster and the emergency log over in-memory adapters. */
class OnCallUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final AlertingUseCases alerting = vigil.alerting();
    private final Actor soc = Actor.of("soc", OFFICE, Role.SOC_OPERATOR);

    private RequestDetails call(Instant at) {
        return new RequestDetails(at, "Caller", "+52 55 1111 2222", "Lost in Santa Fe at night", null);
    }

    @Test
    void a_request_is_taken_by_the_responder_on_call_or_else_by_whoever_logs_it() {
        alerting.onCall().schedule(soc, new ShiftDetails("Marta", "Duty officer", "+52 55 1234 5678", T0,
                T0.plusSeconds(6 * 3600)));
        assertThat(alerting.emergencies().log(soc, call(T0.plusSeconds(3600))).takenBy()).isEqualTo("Marta");
        assertThat(alerting.emergencies().log(soc, call(T0.plusSeconds(8 * 3600))).takenBy()).isEqualTo("soc");
    }

    @Test
    void reading_the_log_is_audited_and_refused_to_managers() {
        EmergencyRequest r = alerting.emergencies().log(soc, call(T0));
        alerting.emergencies().get(soc, r.id());
        List<AuditEntry> trail = vigil.auditLog().find(AuditQuery.office(OFFICE), new PageRequest(0, 50))
                .items();
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.dataClass()).isEqualTo(AlertingData.EMERGENCY);
            assertThat(e.actor()).isEqualTo("soc");
            assertThat(e.granted()).isTrue();
        });
        assertThatThrownBy(() -> alerting.emergencies().get(Actor.of("m", OFFICE, Role.MANAGER), r.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void coverage_is_bounded_and_runs_forward() {
        assertThatThrownBy(() -> alerting.onCall().coverage(soc, T0, T0.minusSeconds(1)))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> alerting.onCall().coverage(soc, T0, T0.plusSeconds(400L * 86_400)))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("366");
        assertThat(alerting.onCall().coverage(Actor.staff("s", OFFICE, PersonId.random()), T0,
                T0.plusSeconds(3600)).gaps()).hasSize(1);
    }

    @Test
    void every_change_to_the_roster_names_the_gaps_it_leaves_from_now_on() {
        var onCall = vigil.alerting().onCall();
        Instant now = clock.instant();
        var first = onCall.schedule(soc, new ShiftDetails("Ana", "Duty officer", "+52 55 1234 5678",
                now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(12))));
        assertThat(first.gaps()).as("the past is not a gap to warn about")
                .containsExactly(new TimeWindow(now.plus(Duration.ofHours(12)), now.plus(Duration.ofHours(36))));
        var second = onCall.schedule(soc, new ShiftDetails("Luis", "Duty officer", "+52 55 1234 5679",
                now.plus(Duration.ofHours(12)), now.plus(Duration.ofHours(36))));
        assertThat(second.gaps()).containsExactly(new TimeWindow(now.plus(Duration.ofHours(36)),
                now.plus(Duration.ofHours(60))));
        var moved = onCall.update(soc, second.shift().orElseThrow().id(), 1, new ShiftDetails("Luis",
                "Duty officer", "+52 55 1234 5679", now.plus(Duration.ofHours(14)), now.plus(Duration.ofHours(36))));
        assertThat(moved.warnings()).first().asString().startsWith("nobody is on call from "
                + now.plus(Duration.ofHours(12)) + " to " + now.plus(Duration.ofHours(14)) + " (2 h)");
        var removed = onCall.remove(soc, first.shift().orElseThrow().id(), 1);
        assertThat(removed.shift()).isEmpty();
        assertThat(removed.gaps()).first().isEqualTo(new TimeWindow(now, now.plus(Duration.ofHours(14))));
    }
}
