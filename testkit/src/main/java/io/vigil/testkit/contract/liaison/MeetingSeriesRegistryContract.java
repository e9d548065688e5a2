package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link MeetingSeriesRegistry}; extend it with your adapter. */
public abstract class MeetingSeriesRegistryContract extends VersionedStoreContract<MeetingSeriesId, MeetingSeries, MeetingSeriesRegistry> {

    @Override
    protected Gen<MeetingSeries> newAggregates(OfficeId office) {
        return LiaisonGenerators.series(office);
    }

    @Override
    protected MeetingSeries changed(MeetingSeries x) {
        return new MeetingSeries(x.id(), x.office(), x.version(), x.name() + " (monthly)", x.kind(), "monthly");
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<MeetingSeries> saved = draw(lists().of(LiaisonGenerators.series(office)).ofSize(5)).stream()
                .map(store()::save).sorted(MeetingSeries.BY_NAME).toList();
        store().save(draw(LiaisonGenerators.series(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(store().count(office)).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
        assertThat(store().all(office)).containsExactlyElementsOf(saved);
    }
}
