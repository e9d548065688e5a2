package io.vigil.movement.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.port.in.FieldCallInDetails;
import io.vigil.movement.port.in.FieldCallInReceipt;
import io.vigil.movement.port.in.FieldCallInsUseCase;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.ManageOfficesUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Call-ins from the field, written to the caller's movement under way (see {@link FieldCallInsUseCase}). */
final class FieldCallInService implements FieldCallInsUseCase {
    private static final int ATTEMPTS = 5;
    private static final Duration DAY_BEFORE_AFTER = Duration.ofHours(12);

    private final MovementPorts ports;
    private final GuardedRecords<MovementId, Movement> records;
    private final ManageOfficesUseCase offices;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    FieldCallInService(MovementPorts ports, ManageOfficesUseCase offices, AccessGuard guard,
                       CommandValidator validator, Clock clock) {
        this.ports = ports;
        this.records = MovementService.records(ports, guard, MovementData.FIELD_CALL_INS);
        this.offices = offices;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public FieldCallInReceipt callIn(Actor actor, FieldCallInDetails d) {
        validator.validate(d);
        // nothing about the office's movements is told to an actor who may not write call-ins
        guard.requireQuietly(actor, Operation.WRITE, MovementData.FIELD_CALL_INS, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, MovementService.TYPE, actor.office().value());
        Instant now = clock.instant();
        ZoneId zone = SettingsService.current(ports.settings(), offices, actor).zone();
        Instant at = instant(d, now, zone);
        CallIn callIn = CommandValidator.build("body", () -> new CallIn(at, d.by(), Optional.empty(),
                Optional.ofNullable(d.place()), actor.subject()));
        Movement under = movementOf(actor, d, now);
        Movement saved = records.changeLatest(actor, under.id(), Operation.WRITE, ATTEMPTS,
                m -> m.callIn(callIn).orElseThrow());
        return new FieldCallInReceipt(saved.id(), saved.title(), at);
    }

    /** The instant the local time stands for, on the office's clock; refused when too far ahead of now. */
    private static Instant instant(FieldCallInDetails d, Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant at = ZonedDateTime.of(today, d.time(), zone).toInstant();
        if (at.isAfter(now.plus(DAY_BEFORE_AFTER))) {
            at = ZonedDateTime.of(today.minusDays(1), d.time(), zone).toInstant();
        }
        if (at.isAfter(now.plus(AHEAD))) {
            throw InvalidCommandException.of("time", "must not be ahead of the office's clock by more than "
                    + AHEAD.toMinutes() + " minutes: " + d.time() + " is later than now, "
                    + now.atZone(zone).toLocalTime().withSecond(0).withNano(0) + " in " + zone);
        }
        return at.isAfter(now) ? now : at;
    }

    /** The one movement under way now that names the caller. */
    private Movement movementOf(Actor actor, FieldCallInDetails d, Instant now) {
        List<Movement> under = ports.movements().tracked(actor.office()).stream()
                .filter(m -> m.underWayAt(now) && m.persons().contains(d.caller())).toList();
        if (under.isEmpty()) {
            throw RefusedException.because("no movement under way names person " + d.caller()
                    + " as a passenger or convoy leader");
        }
        if (under.size() > 1) {
            throw RefusedException.because("person " + d.caller() + " is on " + under.size()
                    + " movements under way (" + String.join(", ", under.stream().map(m -> m.id().toString()).toList())
                    + "): call in by radio or have the radio room record it");
        }
        return under.get(0);
    }
}
