package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Coverage;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.in.ManageOnCallUseCase;
import io.vigil.alerting.port.in.ShiftChange;
import io.vigil.alerting.port.in.ShiftDetails;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The on-call roster: shifts, coverage with its gaps, and who is on call now. */
final class OnCallService implements ManageOnCallUseCase {
    static final Duration MAX_PERIOD = Duration.ofDays(366);
    /** How far either side of a changed shift the roster is checked for gaps. */
    private static final Duration AROUND = Duration.ofDays(1);

    private final OnCallRoster roster;
    private final GuardedRecords<ShiftId, OnCallShift> records;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    OnCallService(OnCallRoster roster, AccessGuard guard, CommandValidator validator, Clock clock) {
        this.roster = roster;
        this.records = new GuardedRecords<>("on-call-shift", AlertingData.ON_CALL, roster, null, guard);
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public ShiftChange schedule(Actor actor, ShiftDetails details) {
        OnCallShift saved = records.create(actor, build(actor, ShiftId.random(), 0, details));
        return changed(saved.office(), Optional.of(saved), saved.from(), saved.to());
    }

    @Override
    public ShiftChange update(Actor actor, ShiftId id, long expectedVersion, ShiftDetails details) {
        Optional<OnCallShift> before = roster.findById(id);
        OnCallShift saved = records.update(actor, id, build(actor, id, expectedVersion, details));
        return changed(saved.office(), Optional.of(saved), min(before.orElse(saved).from(), saved.from()),
                max(before.orElse(saved).to(), saved.to()));
    }

    @Override
    public ShiftChange remove(Actor actor, ShiftId id, long expectedVersion) {
        OnCallShift before = records.remove(actor, id, expectedVersion);
        return changed(before.office(), Optional.empty(), before.from(), before.to());
    }

    /** The change with the gaps from now on within a day either side of [from, to). */
    private ShiftChange changed(OfficeId office, Optional<OnCallShift> shift, Instant from, Instant to) {
        Instant start = max(clock.instant(), from.minus(AROUND));
        Instant end = to.plus(AROUND);
        if (!end.isAfter(start)) {
            return new ShiftChange(shift, List.of());
        }
        return new ShiftChange(shift, Coverage.of(new TimeWindow(start, end),
                roster.overlapping(office, start, end)).gaps());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public OnCallShift get(Actor actor, ShiftId id) {
        return records.get(actor, id);
    }

    @Override
    public Coverage coverage(Actor actor, Instant from, Instant to) {
        TimeWindow period = CommandValidator.build("to", () -> new TimeWindow(from, to));
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw InvalidCommandException.of("to", "must be at most 366 days after from");
        }
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return Coverage.of(period, roster.overlapping(actor.office(), from, to));
    }

    @Override
    public List<OnCallShift> onCallAt(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.READ, actor.office().value());
        return roster.coveringAt(actor.office(), at);
    }

    private OnCallShift build(Actor actor, ShiftId id, long version, ShiftDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new OnCallShift(id, actor.office(), version, d.responder(),
                d.function(), d.phone(), d.from(), d.to()));
    }
}
