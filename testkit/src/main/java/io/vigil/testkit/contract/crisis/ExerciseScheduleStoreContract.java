package io.vigil.testkit.contract.crisis;

import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.crisis.domain.ScheduleRule;
import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link ExerciseScheduleStore}; extend it with your adapter. The record's id is its office, so
 * every new record belongs to a fresh office.
 */
public abstract class ExerciseScheduleStoreContract extends VersionedStoreContract<OfficeId, ExerciseSchedule, ExerciseScheduleStore> {

    @Override
    protected Gen<ExerciseSchedule> newAggregates(OfficeId office) {
        return CrisisGenerators.schedules();
    }

    @Override
    protected ExerciseSchedule changed(ExerciseSchedule x) {
        List<ScheduleRule> rules = new ArrayList<>(x.rules());
        ScheduleRule first = rules.get(0);
        rules.set(0, new ScheduleRule(first.kind(), first.rule(), first.start().plusDays(1)));
        return new ExerciseSchedule(x.id(), x.version(), rules);
    }
}
