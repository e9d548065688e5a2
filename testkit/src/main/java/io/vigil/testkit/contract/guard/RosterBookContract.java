package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.port.out.RosterBook;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link RosterBook}; extend it with your adapter. */
public abstract class RosterBookContract extends VersionedStoreContract<RosterId, Roster, RosterBook> {

    @Override
    protected Gen<Roster> newAggregates(OfficeId office) {
        return GuardGenerators.rosters(office);
    }

    @Override
    protected Roster changed(Roster c) {
        return new Roster(c.id(), c.office(), c.version(), c.contract(), c.from(), c.to(), c.guards(), List.of(),
                c.submittedBy() + " again", c.submittedAt());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<Roster> saved = draw(lists().of(GuardGenerators.rosters(office)).ofSize(4)).stream()
                .map(store()::save).sorted(RosterBook.LATEST_FIRST).toList();
        store().save(draw(GuardGenerators.rosters(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void the_records_of_one_contract_are_found_in_order_and_no_others() {
        GuardContractId contract = GuardContractId.random();
        List<Roster> mine = draw(lists().of(GuardGenerators.rosters(office)).ofSize(3)).stream()
                .map(c -> ofContract(c, contract)).map(store()::save).sorted(RosterBook.LATEST_FIRST).toList();
        store().save(sample());
        store().save(ofContract(draw(GuardGenerators.rosters(KernelGenerators.freshOffice())), contract));
        assertThat(store().ofContract(office, contract)).containsExactlyElementsOf(mine);
    }

    private static Roster ofContract(Roster c, GuardContractId contract) {
        return new Roster(c.id(), c.office(), c.version(), contract, c.from(), c.to(), c.guards(), c.shifts(),
                c.submittedBy(), c.submittedAt());
    }
}
