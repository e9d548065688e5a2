package io.vigil.movement.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.RoadIncidentId;
import io.vigil.movement.port.in.ManageRoadIncidentsUseCase;
import io.vigil.movement.port.in.RoadIncidentDetails;
import io.vigil.movement.port.out.MovementPorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Road incidents, about the persons involved (movement data: need-to-know, audited with them); the
 * vehicle, driver and movement named are the office's, and an incident is not in the future.
 */
final class RoadIncidentService extends GuardedRecordsService<RoadIncidentId, RoadIncidentDetails, RoadIncident>
        implements ManageRoadIncidentsUseCase {
    private final MovementPorts ports;
    private final CommandValidator validator;
    private final Clock clock;

    RoadIncidentService(MovementPorts ports, AccessGuard guard, CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>("road-incident", MovementData.MOVEMENT_PLANS, ports.roadIncidents(),
                ports.roadIncidents()::list, guard).aboutPersons(RoadIncident::persons, RoadIncidentService::target));
        this.ports = ports;
        this.validator = validator;
        this.clock = clock;
    }

    static AccessTarget target(OfficeId office, PersonId person) {
        return AccessTarget.person(office, person, Optional.empty(), Optional.empty());
    }

    @Override
    public RoadIncident create(Actor actor, RoadIncidentDetails details) {
        return records.create(actor, build(actor, RoadIncidentId.random(), 0, details));
    }

    @Override
    public RoadIncident update(Actor actor, RoadIncidentId id, long expectedVersion, RoadIncidentDetails details) {
        return records.update(actor, id, build(actor, id, expectedVersion, details));
    }

    private RoadIncident build(Actor actor, RoadIncidentId id, long version, RoadIncidentDetails d) {
        validator.validate(d);
        List<FieldViolation> bad = new ArrayList<>();
        if (d.at().isAfter(clock.instant())) {
            bad.add(new FieldViolation("at", "must not be in the future"));
        }
        OfficeId office = actor.office();
        if (d.vehicle() != null && ports.vehicles().findById(d.vehicle()).filter(v -> v.office().equals(office))
                .isEmpty()) {
            bad.add(new FieldViolation("vehicle", "is not a vehicle of office " + office));
        }
        if (d.driver() != null && ports.drivers().findById(d.driver()).filter(v -> v.office().equals(office))
                .isEmpty()) {
            bad.add(new FieldViolation("driver", "is not a driver of office " + office));
        }
        if (d.movement() != null && ports.movements().findById(d.movement())
                .filter(v -> v.office().equals(office)).isEmpty()) {
            bad.add(new FieldViolation("movement", "is not a movement of office " + office));
        }
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
        return CommandValidator.build("body", () -> new RoadIncident(id, office, version, d.at(), d.place(),
                Optional.ofNullable(d.where()), Optional.ofNullable(d.vehicle()), Optional.ofNullable(d.driver()),
                d.persons(), d.description(), Optional.ofNullable(d.movement())));
    }
}
