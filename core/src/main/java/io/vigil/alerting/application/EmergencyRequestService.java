package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestState;
import io.vigil.alerting.domain.ResponseEntry;
import io.vigil.alerting.port.in.EmergencyRequestsUseCase;
import io.vigil.alerting.port.in.RequestDetails;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The emergency request log: taken by whoever was on call, responses timed by the clock. */
final class EmergencyRequestService implements EmergencyRequestsUseCase {
    static final String TYPE = "emergency-request";
    private static final Duration SKEW = Duration.ofMinutes(1);

    private final EmergencyLog log;
    private final OnCallRoster roster;
    private final GuardedRecords<RequestId, EmergencyRequest> records;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    EmergencyRequestService(EmergencyLog log, OnCallRoster roster, AccessGuard guard, CommandValidator validator,
                            Clock clock) {
        this.log = log;
        this.roster = roster;
        this.records = new GuardedRecords<>(TYPE, AlertingData.EMERGENCY, log, null, guard);
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public EmergencyRequest log(Actor actor, RequestDetails d) {
        validator.validate(d);
        if (d.receivedAt().isAfter(clock.instant().plus(SKEW))) {
            throw InvalidCommandException.of("receivedAt", "must not be in the future");
        }
        String takenBy = roster.coveringAt(actor.office(), d.receivedAt()).stream().map(OnCallShift::responder)
                .findFirst().orElse(actor.subject());
        EmergencyRequest request = CommandValidator.build("body", () -> new EmergencyRequest(RequestId.random(),
                actor.office(), 0, d.receivedAt(), d.caller(), d.callbackNumber(), d.situation(),
                Optional.ofNullable(d.location()), takenBy, List.of(), new RequestState.Open()));
        return records.create(actor, request);
    }

    @Override
    public EmergencyRequest respond(Actor actor, RequestId id, long expectedVersion, String action) {
        return records.change(actor, id, expectedVersion, Operation.WRITE, r -> r.respond(entry(actor, action)).orElseThrow());
    }

    @Override
    public EmergencyRequest close(Actor actor, RequestId id, long expectedVersion, String outcome) {
        return records.change(actor, id, expectedVersion, Operation.WRITE, r -> r.close(entry(actor, outcome)).orElseThrow());
    }

    @Override
    public EmergencyRequest get(Actor actor, RequestId id) {
        return records.get(actor, id);
    }

    @Override
    public Page<EmergencyRequest> list(Actor actor, boolean openOnly, PageRequest page) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return log.list(actor.office(), openOnly, page);
    }

    private ResponseEntry entry(Actor actor, String text) {
        return CommandValidator.build("action", () -> new ResponseEntry(clock.instant(), actor.subject(), text));
    }
}
