package io.vigil.people.port.in;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The office's persons with their addresses, for broadcasts (communication tests, roll-calls).
 * It needs office-wide contact access, and every read is audited with the persons it exposed.
 */
public interface ContactDirectoryUseCase {
    /** The office's persons, optionally of one category (e.g. {@code INTERNATIONAL_STAFF}), by name. */
    Page<Reachable> reachable(Actor actor, Optional<String> category, PageRequest page);

    /** The named persons of the office, in the order given; ids of nobody in the office are skipped. */
    List<Reachable> persons(Actor actor, Collection<PersonId> ids);

    /**
     * The warden zone each named person lives in now (their current residence's zone); persons
     * living in no zone are absent. Needs office-wide residence access; audited.
     */
    Map<PersonId, WardenZoneId> zones(Actor actor, Collection<PersonId> ids);

    /**
     * The warden zone each named person stays in at {@code at} as a guest of a mission's hotel stay:
     * the zone whose outline holds the hotel (the first by id if several do), as the zone roster
     * lists them as its visitors then. Persons staying at no hotel in a zone then are absent. Needs
     * office-wide movement access; audited naming the persons whose stay it gave.
     */
    Map<PersonId, WardenZoneId> stayZones(Actor actor, Collection<PersonId> ids, Instant at);

    /**
     * The preferred language of each named person of the office who has one (the others are
     * absent: the office's default applies to them). Needs office-wide profile access (an SMS
     * provider's integration has it, to answer a sender in their language); audited naming the
     * persons whose language it gave.
     */
    Map<PersonId, Language> languages(Actor actor, Collection<PersonId> ids);

    /**
     * The persons of the office with {@code phone} among their phone numbers (compared by their
     * digits alone, so "+52 55 4444 1001" is "525544441001"), by id: who sent an SMS from it. At most
     * {@value #MAX_HOLDERS} are given. Reads every person of the office (the directory has no index by
     * number). Needs office-wide profile access (who a person is, not any address of theirs: the
     * number is the caller's); audited naming the persons found.
     */
    List<PersonId> holders(Actor actor, String phone);

    /** The most persons {@link #holders} gives for one number. */
    int MAX_HOLDERS = 10;

    /** The zone's warden, then its alternates in order; empty if the office has no such zone. */
    List<Reachable> wardens(Actor actor, WardenZoneId zone);
}
