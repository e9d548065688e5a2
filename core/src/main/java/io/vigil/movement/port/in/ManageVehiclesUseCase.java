package io.vigil.movement.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;

/** Record the vehicles of the office's fleet. */
public interface ManageVehiclesUseCase extends RecordsUseCase<VehicleId, VehicleDetails, Vehicle> {
}
