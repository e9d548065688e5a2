package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.arbitraries.AlertingArbitraries;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import io.vigil.testkit.contract.VersionedStoreContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The contract of {@link PhoneTreeRegistry}; extend it with your adapter. */
public abstract class PhoneTreeRegistryContract extends VersionedStoreContract<TreeId, PhoneTree, PhoneTreeRegistry> {

    @Override
    protected Arbitrary<PhoneTree> newAggregates(OfficeId office) {
        return AlertingArbitraries.phoneTrees(office);
    }

    @Override
    protected PhoneTree changed(PhoneTree t) {
        return new PhoneTree(t.id(), t.office(), t.version(), t.name() + " (redrawn)", t.root(),
                t.links().subList(0, 1), List.of());
    }

    @Test
    void the_list_is_the_offices_own_by_name() {
        List<PhoneTree> saved = AlertingArbitraries.phoneTrees(office).list().ofSize(4).sample().stream()
                .map(store()::save).sorted(PhoneTreeRegistry.BY_NAME).toList();
        store().save(AlertingArbitraries.phoneTrees(VigilArbitraries.freshOffice()).sample());
        assertThat(store().list(office)).containsExactlyElementsOf(saved);
    }

    @Test
    void drills_come_back_call_for_call() {
        PhoneTree saved = store().save(AlertingArbitraries.phoneTrees(office).sample());
        PhoneTree read = store().findById(saved.id()).orElseThrow();
        assertThat(read.drills()).isEqualTo(saved.drills());
        assertThat(read.drills().get(0).result()).isEqualTo(saved.drills().get(0).result());
    }
}
