package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link PhoneTreeRegistry}; extend it with your adapter. */
public abstract class PhoneTreeRegistryContract extends VersionedStoreContract<TreeId, PhoneTree, PhoneTreeRegistry> {

    @Override
    protected Gen<PhoneTree> newAggregates(OfficeId office) {
        return AlertingGenerators.phoneTrees(office);
    }

    @Override
    protected PhoneTree changed(PhoneTree t) {
        return new PhoneTree(t.id(), t.office(), t.version(), t.name() + " (redrawn)", t.root(),
                t.links().subList(0, 1), List.of());
    }

    @Test
    void the_list_is_the_offices_own_by_name() {
        List<PhoneTree> saved = draw(lists().of(AlertingGenerators.phoneTrees(office)).ofSize(4)).stream()
                .map(store()::save).sorted(PhoneTreeRegistry.BY_NAME).toList();
        store().save(draw(AlertingGenerators.phoneTrees(KernelGenerators.freshOffice())));
        assertThat(store().list(office)).containsExactlyElementsOf(saved);
    }

    @Test
    void drills_come_back_call_for_call() {
        PhoneTree saved = store().save(draw(AlertingGenerators.phoneTrees(office)));
        PhoneTree read = store().findById(saved.id()).orElseThrow();
        assertThat(read.drills()).isEqualTo(saved.drills());
        assertThat(read.drills().get(0).result()).isEqualTo(saved.drills().get(0).result());
    }
}
