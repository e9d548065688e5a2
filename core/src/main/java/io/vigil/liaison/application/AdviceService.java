package io.vigil.liaison.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.ManagementDecision;
import io.vigil.liaison.port.in.AdviceUseCase;
import io.vigil.liaison.port.in.DecisionRecord;
import io.vigil.liaison.port.in.LiaisonAdviceDetails;
import io.vigil.liaison.port.out.AdviceRegister;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Advice to management and its decision: what was advised is fixed once decided, and decided once. */
final class AdviceService extends GuardedRecordsService<AdviceId, LiaisonAdviceDetails, LiaisonAdvice>
        implements AdviceUseCase {
    static final String TYPE = "advice";

    private final AdviceRegister advice;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    AdviceService(AdviceRegister advice, AccessGuard guard, CommandValidator validator, Clock clock) {
        super(new GuardedRecords<>(TYPE, LiaisonData.ADVICE, advice, advice::list, guard));
        this.advice = advice;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public LiaisonAdvice create(Actor actor, LiaisonAdviceDetails details) {
        Instant now = clock.instant();
        LiaisonAdvice built = build(actor, AdviceId.random(), 0, details, now, now);
        return records.create(actor, built, advice::count, MAX_ADVICE, "pieces of advice");
    }

    @Override
    public LiaisonAdvice update(Actor actor, AdviceId id, long expectedVersion, LiaisonAdviceDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            refuseDecided(current, "changed");
            Instant now = clock.instant();
            return build(actor, id, expectedVersion, details,
                    details.givenAt().isAfter(current.recordedAt()) ? now : current.recordedAt(), now);
        });
    }

    @Override
    public void remove(Actor actor, AdviceId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> refuseDecided(current, "removed"));
    }

    @Override
    public LiaisonAdvice decide(Actor actor, AdviceId id, long expectedVersion, DecisionRecord decision) {
        validator.validate(decision);
        LiaisonAdvice current = advice.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        guard.require(actor, Operation.WRITE, LiaisonData.ADVICE_DECISIONS, AccessTarget.office(current.office()),
                AuditAction.UPDATE, TYPE, id.toString());
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        Instant now = clock.instant();
        if (decision.decidedAt().isAfter(now)) {
            throw InvalidCommandException.of("decidedAt", "must not be in the future (now is " + now + ")");
        }
        if (current.decision().isPresent()) {
            throw RefusedException.because("management already decided on \"" + current.topic() + "\" ("
                    + current.decision().get().outcome() + " by " + current.decision().get().decidedBy()
                    + "); a decision is recorded once");
        }
        LiaisonAdvice decided = CommandValidator.build("body", () -> current.decided(new ManagementDecision(
                decision.outcome(), decision.reason(), decision.decidedBy(), decision.decidedAt(), actor.subject(),
                now)));
        return advice.save(decided);
    }

    private static void refuseDecided(LiaisonAdvice a, String what) {
        if (a.decision().isPresent()) {
            throw RefusedException.because("management decided on \"" + a.topic() + "\"; what was advised is no"
                    + " longer " + what);
        }
    }

    private LiaisonAdvice build(Actor actor, AdviceId id, long version, LiaisonAdviceDetails d, Instant recordedAt,
                                Instant now) {
        validator.validate(d);
        if (d.givenAt().isAfter(now)) {
            throw InvalidCommandException.of("givenAt", "must not be in the future (now is " + now + ")");
        }
        return CommandValidator.build("body", () -> new LiaisonAdvice(id, actor.office(), version, d.topic(),
                d.concerns(), d.recommendation(), d.givenAt(), actor.subject(), recordedAt, Optional.empty()));
    }
}
