package io.vigil.liaison.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.LiaisonAdvice;

/**
 * Advice given to the head of office (at most {@value #MAX_ADVICE} per office, latest first) and
 * management's decision on it: accountability in both directions. The security roles write advice;
 * managers read it and record the decision (so may the security roles, on management's word). Once
 * decided, advice is neither changed nor removed, and the decision is not taken again.
 */
public interface AdviceUseCase extends RecordsUseCase<AdviceId, LiaisonAdviceDetails, LiaisonAdvice> {
    /** The most pieces of advice an office keeps. */
    int MAX_ADVICE = 5000;

    /** Records management's decision at the expected version; refused when already decided. */
    LiaisonAdvice decide(Actor actor, AdviceId id, long expectedVersion, DecisionRecord decision);
}
