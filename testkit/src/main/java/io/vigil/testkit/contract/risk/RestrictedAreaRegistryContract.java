package io.vigil.testkit.contract.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.RiskGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link RestrictedAreaRegistry}; extend it with your adapter. */
public abstract class RestrictedAreaRegistryContract
        extends VersionedStoreContract<RestrictedAreaId, RestrictedArea, RestrictedAreaRegistry> {

    @Override
    protected Gen<RestrictedArea> newAggregates(OfficeId office) {
        return RiskGenerators.restrictedAreas(office);
    }

    @Override
    protected RestrictedArea changed(RestrictedArea a) {
        return new RestrictedArea(a.id(), a.office(), a.version(), a.name() + " (extended)", a.outline(), a.rules(),
                "revised", a.validFrom(), a.validTo());
    }

    @Test
    void the_list_is_the_offices_own_by_name_and_paged() {
        List<RestrictedArea> saved = draw(lists().of(RiskGenerators.restrictedAreas(office)).ofSize(5)).stream()
                .map(store()::save).sorted(RestrictedAreaRegistry.BY_NAME).toList();
        store().save(draw(RiskGenerators.restrictedAreas(KernelGenerators.freshOffice())));
        var first = store().list(office, new PageRequest(0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).containsExactlyElementsOf(saved.subList(0, 2));
        assertThat(store().list(office, new PageRequest(2, 10)).items()).containsExactlyElementsOf(saved.subList(2, 5));
    }

    @Test
    void candidates_include_every_area_whose_box_meets_the_query_and_no_far_one() {
        List<RestrictedArea> saved = draw(lists().of(RiskGenerators.restrictedAreas(office)).ofSize(8)).stream()
                .map(store()::save).toList();
        GeoPoint centre = saved.get(0).outline().get(0);
        GeoBox box = new GeoBox(centre.latitude() - 0.01, centre.longitude() - 0.01, centre.latitude() + 0.01,
                centre.longitude() + 0.01);
        List<RestrictedArea> found = store().candidates(office, box);
        List<RestrictedArea> expected = saved.stream().filter(a -> a.bounds().intersects(box)).toList();
        assertThat(found).containsAll(expected).contains(saved.get(0));
        assertThat(found).allMatch(a -> a.bounds().intersects(box));
        assertThat(store().candidates(KernelGenerators.freshOffice(), box)).isEmpty();
        assertThat(store().candidates(office, new GeoBox(-10, 10, -9, 11))).isEmpty();
    }
}
