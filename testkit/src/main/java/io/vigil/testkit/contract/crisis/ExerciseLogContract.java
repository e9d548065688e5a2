package io.vigil.testkit.contract.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link ExerciseLog}; extend it with your adapter. */
public abstract class ExerciseLogContract extends VersionedStoreContract<ExerciseId, Exercise, ExerciseLog> {

    @Override
    protected Gen<Exercise> newAggregates(OfficeId office) {
        return CrisisGenerators.exercises(office);
    }

    /** The drill retitled, with a finding more. */
    @Override
    protected Exercise changed(Exercise e) {
        List<String> findings = new java.util.ArrayList<>(e.findings());
        findings.add("a finding added");
        return new Exercise(e.id(), e.office(), e.version(), e.kind(), e.title() + " (revised)", e.heldAt(),
                e.participants(), e.measurements(), findings, e.actions(), e.alerting());
    }

    @Test
    void the_list_is_the_offices_own_latest_held_first_and_paged() {
        List<Exercise> saved = draw(CrisisGenerators.exerciseLists(office, 5)).stream().map(store()::save)
                .sorted(ExerciseLog.LATEST_FIRST).toList();
        store().save(draw(CrisisGenerators.exercises(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
