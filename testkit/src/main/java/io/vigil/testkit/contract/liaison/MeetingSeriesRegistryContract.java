package io.vigil.testkit.contract.liaison;


import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.LiaisonGenerators;
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
        assertOfficeList(MeetingSeries.BY_NAME, store()::list, store()::all, store()::count);
    }
}
