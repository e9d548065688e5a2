package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Acknowledgements arrive from many people at once; every one counts, each person once. */
class AdvisoryUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    @Test
    void concurrent_acknowledgements_all_count_once() throws Exception {
        AlertingUseCases alerting = InMemoryVigil.create(MutableClock.at("2026-03-01T12:00:00Z")).alerting();
        Advisory advisory = alerting.advisories().issue(Actor.of("officer", OFFICE, Role.SECURITY_OFFICER),
                new AdvisoryDetails("Earthquake drill", "Drill at 11:00 when the alert sounds", Severity.INFO,
                        Audience.everyone(), Set.of(Channel.SMS), Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-02T00:00:00Z")));
        List<Actor> staff = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            staff.add(Actor.staff("staff-" + i, OFFICE, PersonId.random()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Advisory>> acks = new ArrayList<>();
            for (Actor a : staff) {
                acks.add(pool.submit(() -> alerting.advisories().acknowledge(a, advisory.id())));
                acks.add(pool.submit(() -> alerting.advisories().acknowledge(a, advisory.id())));
            }
            for (Future<Advisory> f : acks) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Advisory after = alerting.advisories().get(staff.get(0), advisory.id());
        assertThat(after.acknowledgements()).hasSize(40);
        assertThat(staff).allMatch(a -> after.acknowledgedBy(a.person().orElseThrow()));
    }
}
