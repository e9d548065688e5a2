package io.vigil.movement.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.DriverId;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.port.in.DriverDetails;
import io.vigil.movement.port.in.ManageDriversUseCase;
import io.vigil.movement.port.out.DriverRoster;

/** The office's drivers, records of the office (fleet data). */
final class DriverService extends GuardedRecordsService<DriverId, DriverDetails, Driver>
        implements ManageDriversUseCase {
    private final CommandValidator validator;

    DriverService(DriverRoster drivers, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("driver", MovementData.FLEET, drivers, drivers::list, guard));
        this.validator = validator;
    }

    @Override
    public Driver create(Actor actor, DriverDetails details) {
        return records.create(actor, build(actor, DriverId.random(), 0, details));
    }

    @Override
    public Driver update(Actor actor, DriverId id, long expectedVersion, DriverDetails details) {
        Driver built = build(actor, id, expectedVersion, details);
        return records.update(actor, id, built);
    }

    private Driver build(Actor actor, DriverId id, long version, DriverDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Driver(id, actor.office(), version, d.person(), d.name(),
                d.licenceValidUntil(), d.lastCheck(), d.checkIntervalDays()));
    }
}
