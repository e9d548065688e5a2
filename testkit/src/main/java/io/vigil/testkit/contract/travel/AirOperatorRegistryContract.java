package io.vigil.testkit.contract.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.TravelGenerators;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.port.out.AirOperatorRegistry;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link AirOperatorRegistry}; extend it with your adapter. */
public abstract class AirOperatorRegistryContract
        extends VersionedStoreContract<AirOperatorId, AirOperator, AirOperatorRegistry> {

    @Override
    protected Gen<AirOperator> newAggregates(OfficeId office) {
        return TravelGenerators.operators(office);
    }

    /** The operator barred, or cleared again, with its reason. */
    @Override
    protected AirOperator changed(AirOperator o) {
        return new AirOperator(o.id(), o.office(), o.version(), o.code(), o.name(), !o.barred(),
                o.barred() ? "passed its new audit" : "failed its audit", o.assessedAt(), o.validUntil());
    }

    @Test
    void the_list_is_the_offices_own_by_code_byte_wise_and_paged() {
        List<AirOperator> saved = draw(lists().of(TravelGenerators.operators(office)).ofSize(5)).stream()
                .map(store()::save).sorted(Comparator.comparing((AirOperator o) -> o.code(), String::compareTo)
                        .thenComparing(o -> o.id().toString())).toList();
        store().save(draw(TravelGenerators.operators(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
