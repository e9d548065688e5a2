package io.vigil.movement.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;

/** Record the drivers of the office. */
public interface ManageDriversUseCase extends RecordsUseCase<DriverId, DriverDetails, Driver> {
}
