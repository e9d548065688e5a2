package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.kernel.access.Actor;

/**
 * The officer's roll-call view: counts by zone and state, the list filtered by state and zone, each
 * person with category, household, zone, reason and, for a reader allowed to see contacts, their
 * phones, so the silent can be called from the roll-call itself; and "changed since" to follow it
 * cheaply. Need to know is decided per person and per class of data; each view is audited as a read
 * of accountability naming every person listed, of profiles and contacts naming those whose
 * profile and phones it showed, and of residences and movements naming those whose places its
 * reasons showed.
 */
public interface RollCallViewUseCase {
    /** The roll-call as the query selects it, now. */
    RollCallView view(Actor actor, CommTestId id, RollCallViewQuery query);
}
