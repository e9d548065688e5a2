package io.vigil.people.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.OfficeProfile;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Read and set the profiles of the offices Vigil serves. Every member of an office reads its own
 * office's profile, the SOC reads every office's, and only the office's security officer sets it.
 */
public interface ManageOfficesUseCase {

    /** The offices whose profile the actor may read, ordered by office id. */
    Page<OfficeProfile> list(Actor actor, PageRequest page);

    /** One office's profile; not found until it is set. */
    OfficeProfile get(Actor actor, OfficeId office);

    /** Sets the actor's own office's profile at the expected version (0 while never set). */
    OfficeProfile set(Actor actor, OfficeId office, long expectedVersion, OfficeDetails details);

    /**
     * The office's time zone, for the contexts that place instants on the office's local day and for
     * the times people read; empty for an office whose profile is not set. Not audited: a zone names
     * nobody.
     */
    Optional<ZoneId> zoneOf(OfficeId office);
}
