package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The officer's roll-call view: counts by zone and state, the list filtered by state and zone, each
 * person with category, household, zone, reason and, for a reader allowed to see contacts, their
 * phones, so the silent can be called from the roll-call itself; and "changed since" to follow it
 * cheaply. Need to know is decided per person and per class of data; each view is audited as a read
 * of accountability naming every person listed, of profiles and contacts naming those whose
 * profile and phones it showed, and of residences and movements naming those whose places its
 * reasons showed. The counts of the roll-calls open in several offices at once ({@link #openRollCalls})
 * are for the SOC's overview.
 */
public interface RollCallViewUseCase {
    /** The roll-call as the query selects it, now. */
    RollCallView view(Actor actor, CommTestId id, RollCallViewQuery query);

    /**
     * The roll-calls open at the instant in each office asked (at most
     * {@value io.vigil.kernel.OfficeSelection#MAX}, each once), counted without names, ordered by office
     * id (an office with none open counts zero): one read of the open roll-calls and one aggregated
     * read of their answers for all the offices. The actor must be allowed to read every office's
     * accountability (the SOC reads every office's; a refusal names the first office refused); the read
     * is audited once, as a read of accountability naming the offices and nobody.
     */
    List<OfficeRollCalls> openRollCalls(Actor actor, Collection<OfficeId> offices, Instant at);
}
