package io.vigil.alerting.application;

import io.vigil.alerting.domain.Acknowledgement;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.ManageAdvisoriesUseCase;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Advisories; acknowledgements from many people at once are retried on version conflicts. */
final class AdvisoryService extends GuardedRecordsService<AdvisoryId, AdvisoryDetails, Advisory>
        implements ManageAdvisoriesUseCase {
    static final String TYPE = "advisory";
    private static final int ACK_ATTEMPTS = 20;

    private final AdvisoryBoard board;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    AdvisoryService(AdvisoryBoard board, AccessGuard guard, CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>(TYPE, AlertingData.ADVISORY, board, board::list, guard));
        this.board = board;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Advisory create(Actor actor, AdvisoryDetails details) {
        return records.create(actor, build(actor, AdvisoryId.random(), 0, details, List.of()));
    }

    @Override
    public Advisory update(Actor actor, AdvisoryId id, long expectedVersion, AdvisoryDetails details) {
        return records.change(actor, id, expectedVersion, Operation.WRITE,
                current -> build(actor, id, expectedVersion, details, current.acknowledgements()));
    }




    @Override
    public List<Advisory> active(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return board.active(actor.office(), at);
    }

    @Override
    public Advisory acknowledge(Actor actor, AdvisoryId id) {
        PersonId person = actor.person().orElseThrow(() -> RefusedException.because("actor '" + actor.subject()
                + "' acts for no person, so there is nobody to acknowledge the advisory"));
        return records.changeLatest(actor, id, Operation.READ, ACK_ATTEMPTS,
                current -> current.acknowledge(person, clock.instant()));
    }

    private Advisory build(Actor actor, AdvisoryId id, long version, AdvisoryDetails d,
                           List<Acknowledgement> acks) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Advisory(id, actor.office(), version, d.title(), d.message(),
                d.severity(), d.audience(), d.channels(), d.validFrom(), d.validTo(), actor.subject(), acks));
    }
}
