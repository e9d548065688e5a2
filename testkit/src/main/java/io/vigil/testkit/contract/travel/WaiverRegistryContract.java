package io.vigil.testkit.contract.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.TravelGenerators;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import io.vigil.travel.port.out.WaiverRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link WaiverRegistry}; extend it with your adapter. */
public abstract class WaiverRegistryContract extends VersionedStoreContract<WaiverId, Waiver, WaiverRegistry> {

    @Override
    protected Gen<Waiver> newAggregates(OfficeId office) {
        return TravelGenerators.waivers(office);
    }

    /** The waiver a day longer. */
    @Override
    protected Waiver changed(Waiver w) {
        return new Waiver(w.id(), w.office(), w.version(), w.traveller(), w.course(), w.approver(), w.reason(),
                w.validUntil().plus(Duration.ofDays(1)), w.recordedAt(), w.recordedBy());
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<Waiver> saved = draw(lists().of(TravelGenerators.waivers(office)).ofSize(5)).stream()
                .map(store()::save).sorted(WaiverRegistry.LATEST_FIRST).toList();
        store().save(draw(TravelGenerators.waivers(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(store().count(office)).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void a_travellers_waivers_are_their_own_in_the_office_latest_first() {
        PersonId ana = PersonId.random();
        List<Waiver> hers = new ArrayList<>();
        for (Waiver w : draw(lists().of(TravelGenerators.waivers(office)).ofSize(4))) {
            boolean mine = hers.size() < 2;
            Waiver saved = store().save(new Waiver(w.id(), office, 0, mine ? ana : w.traveller(), w.course(),
                    w.approver(), w.reason(), w.validUntil(), w.recordedAt(), w.recordedBy()));
            if (mine) {
                hers.add(saved);
            }
        }
        assertThat(store().ofTraveller(office, ana)).containsExactlyElementsOf(hers.stream()
                .sorted(WaiverRegistry.LATEST_FIRST).toList());
        assertThat(store().ofTraveller(KernelGenerators.freshOffice(), ana)).isEmpty();
    }
}
