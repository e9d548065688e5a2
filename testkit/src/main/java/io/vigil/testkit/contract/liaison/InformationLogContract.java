package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.out.InformationLog;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link InformationLog}; extend it with your adapter. */
public abstract class InformationLogContract extends VersionedStoreContract<ExchangeId, InformationExchange, InformationLog> {

    @Override
    protected Gen<InformationExchange> newAggregates(OfficeId office) {
        return LiaisonGenerators.exchanges(office);
    }

    @Override
    protected InformationExchange changed(InformationExchange x) {
        return new InformationExchange(x.id(), x.office(), x.version(), x.contact(), x.at(), x.direction(), x.level(), "corrected summary", x.by(), x.recordedAt());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        assertOfficeList(InformationExchange.LATEST_FIRST, store()::list, store()::all, store()::count);
    }

    @Test
    void ofContact_gives_the_offices_records_of_that_contact_in_order() {
        LiaisonContactId one = LiaisonContactId.random();
        LiaisonContactId other = LiaisonContactId.random();
        List<InformationExchange> mine = draw(lists().of(LiaisonGenerators.exchanges(office)).ofSize(4)).stream()
                .map(x -> new InformationExchange(x.id(), x.office(), 0, one, x.at(), x.direction(), x.level(), x.summary(), x.by(), x.recordedAt())).map(store()::save).sorted(InformationExchange.LATEST_FIRST).toList();
        InformationExchange x = draw(LiaisonGenerators.exchanges(office));
        store().save(new InformationExchange(x.id(), x.office(), 0, other, x.at(), x.direction(), x.level(), x.summary(), x.by(), x.recordedAt()));
        x = draw(LiaisonGenerators.exchanges(KernelGenerators.freshOffice()));
        store().save(new InformationExchange(x.id(), x.office(), 0, one, x.at(), x.direction(), x.level(), x.summary(), x.by(), x.recordedAt()));
        assertThat(store().ofContact(office, one)).containsExactlyElementsOf(mine);
    }
}
