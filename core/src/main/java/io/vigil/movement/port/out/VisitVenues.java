package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.movement.domain.VenueStanding;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Outbound port: the risk context's assessments of the venues a visit's programme names. The
 * composition root adapts the risk context's venues use case to it, read as the movement rules' own
 * actor of the office.
 */
public interface VisitVenues {
    /** The office's assessed venues among {@code ids}, by id; an id that is not one of them is left out. */
    Map<UUID, VenueStanding> of(OfficeId office, Set<UUID> ids);
}
