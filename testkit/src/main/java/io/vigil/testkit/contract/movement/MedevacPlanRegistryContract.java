package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link MedevacPlanRegistry}; extend it with your adapter. */
public abstract class MedevacPlanRegistryContract
        extends VersionedStoreContract<MedevacPlanId, MedevacPlan, MedevacPlanRegistry> {

    @Override
    protected Gen<MedevacPlan> newAggregates(OfficeId office) {
        return MovementGenerators.medevacPlans(office);
    }

    /** The plan reviewed: the next review six months later. */
    @Override
    protected MedevacPlan changed(MedevacPlan p) {
        return new MedevacPlan(p.id(), p.office(), p.version(), p.dutyStation(), p.facilities(), p.transport(),
                p.contacts(), p.eligible(), p.reviewDue().plusMonths(6));
    }

    @Test
    void the_list_is_the_offices_own_by_duty_station_and_paged() {
        List<MedevacPlan> saved = draw(lists().of(MovementGenerators.medevacPlans(office)).ofSize(5)).stream()
                .map(store()::save).sorted(MedevacPlanRegistry.BY_DUTY_STATION).toList();
        store().save(draw(MovementGenerators.medevacPlans(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
