package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.port.out.RiverOptionRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link RiverOptionRegistry}; extend it with your adapter. */
public abstract class RiverOptionRegistryContract
        extends VersionedStoreContract<RiverOptionId, RiverOption, RiverOptionRegistry> {

    @Override
    protected Gen<RiverOption> newAggregates(OfficeId office) {
        return MovementGenerators.riverOptions(office);
    }

    /** The option assessed again: valid a year longer, a life jacket more. */
    @Override
    protected RiverOption changed(RiverOption o) {
        return new RiverOption(o.id(), o.office(), o.version(), o.operator(), o.route(), o.vessel(), o.seats(),
                Math.min(1000, o.lifeJackets() + 1), o.validUntil().plusYears(1), o.notes());
    }

    @Test
    void the_list_is_the_offices_own_by_operator_and_paged() {
        List<RiverOption> saved = draw(lists().of(MovementGenerators.riverOptions(office)).ofSize(5)).stream()
                .map(store()::save).sorted(RiverOptionRegistry.BY_OPERATOR).toList();
        store().save(draw(MovementGenerators.riverOptions(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
