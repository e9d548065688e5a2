package io.vigil.testkit.contract.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.port.out.DriverRoster;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.MovementGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link DriverRoster}; extend it with your adapter. */
public abstract class DriverRosterContract extends VersionedStoreContract<DriverId, Driver, DriverRoster> {

    @Override
    protected Gen<Driver> newAggregates(OfficeId office) {
        return MovementGenerators.drivers(office);
    }

    /** The driver checked again: the last check a month later. */
    @Override
    protected Driver changed(Driver d) {
        return new Driver(d.id(), d.office(), d.version(), d.person(), d.name(), d.licenceValidUntil(),
                d.lastCheck().plusMonths(1), d.checkIntervalDays());
    }

    @Test
    void the_list_is_the_offices_own_by_name_and_paged() {
        List<Driver> saved = draw(lists().of(MovementGenerators.drivers(office)).ofSize(5)).stream()
                .map(store()::save).sorted(DriverRoster.BY_NAME).toList();
        store().save(draw(MovementGenerators.drivers(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }
}
