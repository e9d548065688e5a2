package io.vigil.movement.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.ManageVehiclesUseCase;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.movement.port.out.VehicleFleet;

/** The office's vehicles, records of the office (fleet data). */
final class VehicleService extends GuardedRecordsService<VehicleId, VehicleDetails, Vehicle>
        implements ManageVehiclesUseCase {
    private final CommandValidator validator;

    VehicleService(VehicleFleet vehicles, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("vehicle", MovementData.FLEET, vehicles, vehicles::list, guard));
        this.validator = validator;
    }

    @Override
    public Vehicle create(Actor actor, VehicleDetails details) {
        return records.create(actor, build(actor, VehicleId.random(), 0, details));
    }

    @Override
    public Vehicle update(Actor actor, VehicleId id, long expectedVersion, VehicleDetails details) {
        Vehicle built = build(actor, id, expectedVersion, details);
        return records.update(actor, id, built);
    }

    private Vehicle build(Actor actor, VehicleId id, long version, VehicleDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Vehicle(id, actor.office(), version, d.plate(),
                d.description(), d.radio(), d.insuredUntil(), d.inspectionDue(), d.equipment()));
    }
}
