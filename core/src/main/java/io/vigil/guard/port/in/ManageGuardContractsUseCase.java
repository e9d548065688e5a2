package io.vigil.guard.port.in;

import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.LocalDate;
import java.util.List;

/** The office's guard-force contracts (security roles only): at most {@link #MAX_CONTRACTS}, references unique. */
public interface ManageGuardContractsUseCase extends RecordsUseCase<GuardContractId, ContractDetails, GuardContract> {
    /** The most contracts of an office. */
    int MAX_CONTRACTS = 50;

    /** Extends a contract's term to a new end, with the amendment's reference. */
    GuardContract extend(Actor actor, GuardContractId id, long expectedVersion, ExtensionDetails details);

    /** The contracts whose end-of-term notice has fallen due on {@code day} and whose term has not ended, soonest end first. */
    List<GuardContract> noticesDue(Actor actor, LocalDate day);
}
