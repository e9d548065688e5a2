package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.SupportStatus;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.port.out.VisitRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link VisitRegistry}; extend it with your adapter. */
public abstract class VisitRegistryContract extends VersionedStoreContract<VisitId, Visit, VisitRegistry> {

    @Override
    protected Gen<Visit> newAggregates(OfficeId office) {
        return MovementGenerators.visits(office);
    }

    /** The visit retitled, its support requests answered as confirmed. */
    @Override
    protected Visit changed(Visit v) {
        return new Visit(v.id(), v.office(), v.version(), v.title() + " (changed)", v.kind(), v.principal(),
                v.members(), v.starts(), v.ends(), v.programme(), v.advance(), v.measures(),
                v.support().stream().map(s -> s.status() == SupportStatus.REQUESTED
                        ? s.answered(SupportStatus.CONFIRMED, s.requestedAt().plusSeconds(3_600)) : s).toList(),
                v.clearances());
    }

    @Test
    void the_list_is_the_offices_own_latest_start_first_and_paged() {
        List<Visit> saved = draw(lists().of(MovementGenerators.visits(office)).ofSize(5)).stream()
                .map(store()::save).sorted(VisitRegistry.LATEST_FIRST).toList();
        store().save(draw(MovementGenerators.visits(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
