package io.vigil.movement.application;

import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.CallInSchedule;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.PlanApproval;
import io.vigil.movement.domain.PlanRules;
import io.vigil.movement.domain.RouteDecision;
import io.vigil.movement.domain.RouteRules;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.port.in.ArrivalDetails;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.ManageMovementsUseCase;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.PlanApprovalDetails;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.movement.port.out.RouteAreas;
import io.vigil.people.port.in.ManageOfficesUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Movement plans about their passengers and convoy leader: reading one needs access to the
 * movements of any of them, writing to every one. A plan is checked against the convoy rules and
 * the fitness of its vehicles and drivers, and its route against the area rules, before it is stored; call-ins and the arrival change its log.
 */
final class MovementService extends GuardedRecordsService<MovementId, MovementDetails, Movement>
        implements ManageMovementsUseCase {
    static final String TYPE = "movement";
    private static final int ATTEMPTS = 5;

    private final MovementPorts ports;
    private final RouteAreas areas;
    private final Escalations escalations;
    private final ManageOfficesUseCase offices;
    private final CommandValidator validator;
    private final Clock clock;

    MovementService(MovementPorts ports, RouteAreas areas, Escalations escalations, ManageOfficesUseCase offices,
                    AccessGuard guard,
                    CommandValidator validator, Clock clock) {
        super(records(ports, guard));
        this.offices = offices;
        this.ports = ports;
        this.areas = areas;
        this.escalations = escalations;
        this.validator = validator;
        this.clock = clock;
    }

    static GuardedRecords<MovementId, Movement> records(MovementPorts ports, AccessGuard guard) {
        return records(ports, guard, MovementData.MOVEMENT_PLANS);
    }

    /** The office's movements as records of {@code data}, each about its passengers and convoy leader. */
    static GuardedRecords<MovementId, Movement> records(MovementPorts ports, AccessGuard guard, DataClass data) {
        return new GuardedRecords<>(TYPE, data, ports.movements(), ports.movements()::list, guard)
                .aboutPersons(Movement::persons, MovementService::target);
    }

    static AccessTarget target(OfficeId office, PersonId person) {
        return AccessTarget.person(office, person, Optional.empty(), Optional.empty());
    }

    @Override
    public Movement create(Actor actor, MovementDetails details) {
        Movement built = build(actor, MovementId.random(), 0, details);
        records.require(actor, Operation.WRITE, built, AuditAction.CREATE);
        return ports.movements().save(checked(actor, built));
    }

    @Override
    public Movement update(Actor actor, MovementId id, long expectedVersion, MovementDetails details) {
        Movement built = build(actor, id, expectedVersion, details);
        return records.update(actor, id, current -> checked(actor, built.withLogOf(current)));
    }

    @Override
    public Movement approve(Actor actor, MovementId id, long expectedVersion, PlanApprovalDetails details) {
        validator.validate(details);
        Instant now = clock.instant();
        return records.change(actor, id, expectedVersion, Operation.APPROVE, m -> {
            if (actor.person().filter(m.persons()::contains).isPresent()) {
                throw RefusedException.because("a passenger or convoy leader cannot approve a plan they travel on");
            }
            RouteDecision decision = routeDecision(actor, m, now);
            PlanApproval given = CommandValidator.build("body", () -> new PlanApproval(actor.subject(), now,
                    details.reason()));
            return m.approve(given, decision).orElseThrow();
        });
    }

    @Override
    public Movement callIn(Actor actor, MovementId id, CallInDetails d) {
        validator.validate(d);
        Instant at = notAfterNow(d.at(), "at");
        CallIn callIn = CommandValidator.build("body", () -> new CallIn(at, d.by(), Optional.ofNullable(d.where()),
                Optional.ofNullable(d.note()), actor.subject()));
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, m -> m.callIn(callIn).orElseThrow());
    }

    @Override
    public Movement arrive(Actor actor, MovementId id, ArrivalDetails d) {
        Instant at = notAfterNow(d == null ? null : d.at(), "at");
        return records.changeLatest(actor, id, Operation.WRITE, ATTEMPTS, m -> m.arrive(at).orElseThrow());
    }

    @Override
    public EscalationReport escalate(Actor actor, MovementId id) {
        return escalations.escalate(actor, records.load(actor, id, Operation.WRITE,
                AuditAction.UPDATE));
    }

    @Override
    public EscalationReport escalateAll(Actor actor) {
        return escalations.escalateAll(actor);
    }

    private Instant notAfterNow(Instant at, String field) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now)) {
            throw InvalidCommandException.of(field, "must not be in the future (now is " + now + ")");
        }
        return at;
    }

    /** The plan once its vehicles and drivers are known to be the office's and it keeps every rule. */
    private Movement checked(Actor actor, Movement m) {
        List<FieldViolation> unknown = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < m.vehicles().size(); i++) {
            Optional<Vehicle> v = ports.vehicles().findById(m.vehicles().get(i))
                    .filter(x -> x.office().equals(actor.office()));
            v.ifPresent(vehicles::add);
            if (v.isEmpty()) {
                unknown.add(new FieldViolation("vehicles[" + i + "]", "is not a vehicle of office " + actor.office()));
            }
        }
        List<Driver> drivers = new ArrayList<>();
        for (int i = 0; i < m.drivers().size(); i++) {
            Optional<Driver> d = ports.drivers().findById(m.drivers().get(i))
                    .filter(x -> x.office().equals(actor.office()));
            d.ifPresent(drivers::add);
            if (d.isEmpty()) {
                unknown.add(new FieldViolation("drivers[" + i + "]", "is not a driver of office " + actor.office()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidCommandException(unknown);
        }
        List<String> broken = new ArrayList<>(PlanRules.broken(m, vehicles, drivers,
                SettingsService.current(ports.settings(), offices, actor)));
        RouteDecision decision = routeDecision(actor, m, clock.instant());
        broken.addAll(decision.denials());
        if (!broken.isEmpty()) {
            throw new RefusedException(broken);
        }
        return m.withRouteCheck(decision);
    }

    /** The area rules' decision on the plan's route now, in the office's time zone. */
    private RouteDecision routeDecision(Actor actor, Movement m, Instant now) {
        return RouteRules.decide(m, areas.of(actor.office()), SettingsService.current(ports.settings(), offices, actor).zone(),
                now);
    }

    private Movement build(Actor actor, MovementId id, long version, MovementDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> Movement.planned(id, actor.office(), version, d.title(),
                d.route(), d.vehicles(), d.drivers(), Optional.ofNullable(d.convoyLeader()),
                Optional.ofNullable(d.escort()), d.departure(), d.arrival(), d.passengers(),
                new CallInSchedule(d.callInEveryMinutes(), d.callInGraceMinutes())));
    }
}
