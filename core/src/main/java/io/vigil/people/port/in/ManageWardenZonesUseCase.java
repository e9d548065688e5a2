package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.people.domain.WardenZone;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The warden system: zones drawn on the map, their wardens, and each zone's roster. Every member
 * of the office may read the zones; security officers and associates draw them. Drawing, moving
 * or removing a zone reassigns the office's residences to the zones they now lie in, so the
 * need-to-know rule ("a warden sees the persons living in their zones") follows the map.
 */
public interface ManageWardenZonesUseCase extends RecordsUseCase<WardenZoneId, WardenZoneDetails, WardenZone> {

    /** Draws a new zone; its id must not be taken. */
    WardenZone create(Actor actor, WardenZoneDetails details);

    /** Redraws a zone at the expected version; {@code details.id()} must be {@code id}. */
    WardenZone update(Actor actor, WardenZoneId id, long expectedVersion, WardenZoneDetails details);

    /** Removes a zone at the expected version; its residences move to no zone, or to an overlapping one. */
    void remove(Actor actor, WardenZoneId id, long expectedVersion);

    /** One zone. */
    WardenZone get(Actor actor, WardenZoneId id);

    /** The office's zones, by id. */
    Page<WardenZone> list(Actor actor, PageRequest page);

    /**
     * Every zone of the office, by id, in the plain values of this port (id, name, outline, warden,
     * alternates): what another context reads, read as {@link #list} reads.
     */
    default List<WardenZoneDetails> all(Actor actor) {
        return Page.all(page -> list(actor, page)).stream().map(z -> new WardenZoneDetails(z.id(), z.name(),
                z.outline(), z.warden(), z.alternates())).toList();
    }

    /**
     * The zones of the actor's office the person looks after, as warden or alternate: what an
     * identity provider should grant a warden, so the access policy follows the zones as drawn.
     */
    Set<WardenZoneId> lookedAfterBy(Actor actor, PersonId person);

    /**
     * The zone's roster at {@code at}: residents and households of the residences assigned to it,
     * and visitors whose hotel stay in the zone spans {@code at}. Needs residence access to the
     * zone (its wardens, security officers and associates, the SOC); audited as a read of residences
     * naming every person on it, of contacts naming those whose place, phone and e-mail it gives, and
     * of movements naming the visitors whose hotel it gives. Security officers, associates and the SOC may ask for any instant; a warden only
     * within a window around now (by default a week back and a week ahead, set by
     * {@code PeopleServices.create(ports, kernel, WardenRosterWindow)}), and the place, phone and
     * e-mail of a resident or household member are given to a warden only if they may read the
     * person now ({@link ManagePersonsUseCase#get}: the person lives in their zone now).
     */
    ZoneRoster roster(Actor actor, WardenZoneId id, Instant at);
}
