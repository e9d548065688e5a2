package io.vigil.testkit.contract.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.RiskGenerators;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link VenueRegistry}; extend it with your adapter. */
public abstract class VenueRegistryContract extends VersionedStoreContract<VenueId, VenueAssessment, VenueRegistry> {

    @Override
    protected Gen<VenueAssessment> newAggregates(OfficeId office) {
        return RiskGenerators.venues(office);
    }

    @Override
    protected VenueAssessment changed(VenueAssessment v) {
        return new VenueAssessment(v.id(), v.office(), v.version(), v.name() + " (reassessed)", v.kind(), v.address(),
                v.location(), v.rating() == 5 ? 4 : v.rating() + 1, List.of("Reassessed"), !v.approvedForStaff(),
                v.assessedBy(), v.assessedAt(), v.validUntil());
    }

    @Test
    void the_list_is_the_offices_own_by_name_and_paged() {
        List<VenueAssessment> saved = draw(lists().of(RiskGenerators.venues(office)).ofSize(4)).stream()
                .map(store()::save).sorted(VenueRegistry.BY_NAME).toList();
        store().save(draw(RiskGenerators.venues(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void expired_are_the_offices_own_lapsed_at_the_instant_longest_lapsed_first() {
        List<VenueAssessment> saved = draw(lists().of(RiskGenerators.venues(office)).ofSize(6)).stream()
                .map(store()::save).toList();
        Instant at = saved.get(2).validUntil();
        List<VenueAssessment> expected = saved.stream().filter(v -> v.expiredAt(at))
                .sorted(VenueRegistry.LAPSED_FIRST)
                .toList();
        assertThat(store().expired(office, at)).containsExactlyElementsOf(expected).contains(saved.get(2));
        assertThat(store().expired(KernelGenerators.freshOffice(), at)).isEmpty();
    }
}
