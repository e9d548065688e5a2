package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.Instant;
import java.util.List;

/**
 * Issue security advisories and track who acknowledged them. Everyone in the office reads them
 * and acknowledges for themself; security roles and the SOC issue, change and withdraw them.
 */
public interface ManageAdvisoriesUseCase extends RecordsUseCase<AdvisoryId, AdvisoryDetails, Advisory> {
    /** Issues an advisory in the actor's office. */
    @Override
    Advisory create(Actor actor, AdvisoryDetails details);

    /** Issues an advisory: {@link #create}. */
    default Advisory issue(Actor actor, AdvisoryDetails details) {
        return create(actor, details);
    }

    /** Replaces an advisory's details at the expected version; acknowledgements are kept. */
    Advisory update(Actor actor, AdvisoryId id, long expectedVersion, AdvisoryDetails details);

    /** Withdraws an advisory at the expected version. */
    @Override
    void remove(Actor actor, AdvisoryId id, long expectedVersion);

    /** Withdraws an advisory: {@link #remove}. */
    default void withdraw(Actor actor, AdvisoryId id, long expectedVersion) {
        remove(actor, id, expectedVersion);
    }

    Advisory get(Actor actor, AdvisoryId id);

    /** Every advisory of the office, latest first. */
    Page<Advisory> list(Actor actor, PageRequest page);

    /** The advisories in force at {@code at}; expired ones have left the list. */
    List<Advisory> active(Actor actor, Instant at);

    /** Records that the acting person read the advisory; acknowledging twice changes nothing. */
    Advisory acknowledge(Actor actor, AdvisoryId id);
}
