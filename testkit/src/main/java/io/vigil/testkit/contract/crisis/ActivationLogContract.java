package io.vigil.testkit.contract.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.CrisisGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The contract of {@link ActivationLog}; extend it with your adapter. */
public abstract class ActivationLogContract extends VersionedStoreContract<ActivationId, Activation, ActivationLog> {

    @Override
    protected Gen<Activation> newAggregates(OfficeId office) {
        return CrisisGenerators.activations(office);
    }

    /** The activation with its trigger reworded. */
    @Override
    protected Activation changed(Activation a) {
        return new Activation(a.id(), a.office(), a.version(), a.incident(), a.scenario(), a.trigger() + " (revised)",
                a.activatedBy(), a.activatedAt(), a.members(), a.log(), a.topics(), a.stoodDownAt());
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<Activation> saved = draw(SourceDSL.lists().of(CrisisGenerators.activations(office)).ofSize(5)).stream()
                .map(store()::save).sorted(ActivationLog.LATEST_FIRST).toList();
        store().save(draw(CrisisGenerators.activations(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void open_gives_the_offices_activations_not_stood_down_latest_first() {
        List<Activation> saved = draw(SourceDSL.lists().of(CrisisGenerators.activations(office)).ofSize(6)).stream()
                .map(store()::save).toList();
        store().save(draw(CrisisGenerators.activations(KernelGenerators.freshOffice())));
        assertThat(store().open(office)).containsExactlyElementsOf(saved.stream().filter(Activation::open)
                .sorted(ActivationLog.LATEST_FIRST).toList());
    }
}
