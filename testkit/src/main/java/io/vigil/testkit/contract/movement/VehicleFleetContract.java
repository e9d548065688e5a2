package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.out.VehicleFleet;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link VehicleFleet}; extend it with your adapter. */
public abstract class VehicleFleetContract extends VersionedStoreContract<VehicleId, Vehicle, VehicleFleet> {

    @Override
    protected Gen<Vehicle> newAggregates(OfficeId office) {
        return MovementGenerators.vehicles(office);
    }

    /** The vehicle inspected: its next inspection a year later, its radio switched. */
    @Override
    protected Vehicle changed(Vehicle v) {
        return new Vehicle(v.id(), v.office(), v.version(), v.plate(), v.description(), !v.radio(), v.insuredUntil(),
                v.inspectionDue().plusYears(1), v.equipment());
    }

    @Test
    void the_list_is_the_offices_own_by_plate_and_paged() {
        List<Vehicle> saved = draw(lists().of(MovementGenerators.vehicles(office)).ofSize(5)).stream()
                .map(store()::save).sorted(VehicleFleet.BY_PLATE).toList();
        store().save(draw(MovementGenerators.vehicles(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
