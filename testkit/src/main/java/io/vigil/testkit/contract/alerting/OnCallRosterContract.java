package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link OnCallRoster}; extend it with your adapter. */
public abstract class OnCallRosterContract extends VersionedStoreContract<ShiftId, OnCallShift, OnCallRoster> {

    @Override
    protected Gen<OnCallShift> newAggregates(OfficeId office) {
        return AlertingGenerators.shifts(office);
    }

    @Override
    protected OnCallShift changed(OnCallShift s) {
        return new OnCallShift(s.id(), s.office(), s.version(), s.responder() + " (swapped)", s.function(), s.phone(),
                s.from(), s.to().plusSeconds(3600));
    }

    @Test
    void overlapping_are_the_offices_shifts_sharing_time_with_the_period_by_start() {
        List<OnCallShift> saved = draw(lists().of(AlertingGenerators.shifts(office)).ofSize(8)).stream()
                .map(store()::save).toList();
        store().save(draw(AlertingGenerators.shifts(KernelGenerators.freshOffice())));
        Instant from = saved.get(0).from();
        Instant to = saved.get(0).to();
        List<OnCallShift> expected = saved.stream().filter(s -> s.from().isBefore(to) && s.to().isAfter(from))
                .sorted(OnCallRoster.BY_START).toList();
        assertThat(store().overlapping(office, from, to)).containsExactlyElementsOf(expected).contains(saved.get(0));
        assertThat(store().overlapping(office, to, to.plusSeconds(1))).doesNotContain(saved.get(0));
        assertThat(store().overlapping(office, from.minusSeconds(10), from)).doesNotContain(saved.get(0));
    }
}
