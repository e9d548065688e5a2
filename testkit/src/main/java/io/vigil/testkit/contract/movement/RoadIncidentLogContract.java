package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.port.out.RoadIncidentLog;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link RoadIncidentLog}; extend it with your adapter. */
public abstract class RoadIncidentLogContract
        extends VersionedStoreContract<RoadIncidentId, RoadIncident, RoadIncidentLog> {

    @Override
    protected Gen<RoadIncident> newAggregates(OfficeId office) {
        return MovementGenerators.roadIncidents(office);
    }

    /** The incident with its description completed. */
    @Override
    protected RoadIncident changed(RoadIncident i) {
        String more = i.description().length() > 3900 ? i.description().substring(0, 100) : i.description() + " (more)";
        return new RoadIncident(i.id(), i.office(), i.version(), i.at(), i.place(), i.where(), i.vehicle(), i.driver(),
                i.persons(), more, i.movement());
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<RoadIncident> saved = draw(lists().of(MovementGenerators.roadIncidents(office)).ofSize(5)).stream()
                .map(store()::save).sorted(RoadIncidentLog.LATEST_FIRST).toList();
        store().save(draw(MovementGenerators.roadIncidents(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
