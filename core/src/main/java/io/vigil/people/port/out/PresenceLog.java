package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.StayCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outbound port: arrivals in and departures from the country. */
public interface PresenceLog extends VersionedStore<PresenceId, Presence> {

    /** The order of every list of presences: latest arrival first, ties by id. */
    Comparator<Presence> LATEST_FIRST = Comparator.comparing(Presence::arrival).reversed()
            .thenComparing(p -> p.id().toString());

    /** The office's presences, latest arrival first (ties by id). */
    Page<Presence> list(OfficeId office, PageRequest page);

    /** The person's presences, latest arrival first (ties by id). */
    List<Presence> ofPerson(PersonId person);

    /**
     * {@link #ofPerson} for many persons at once (a locator's residents), each person once, with an
     * empty list for persons with no stay recorded. Adapters should override this one-by-one
     * default with a batch query.
     */
    default Map<PersonId, List<Presence>> ofPersons(Collection<PersonId> persons) {
        Map<PersonId, List<Presence>> found = new LinkedHashMap<>();
        new LinkedHashSet<>(persons).forEach(p -> found.put(p, ofPerson(p)));
        return found;
    }

    /** The presences covering the instant ({@link Presence#coversInstant}), in any order. */
    List<Presence> presentAt(OfficeId office, Instant instant);

    /**
     * For each of the offices, how many persons have a stay of that office recorded and how many have
     * one covering the instant: one aggregated read for all of them (the SOC's overview), where
     * {@link #list} would read every stay of every office. An office with no stay is left out.
     */
    Map<OfficeId, StayCounts> stayCounts(Collection<OfficeId> offices, Instant at);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends PresenceLog {
        /** The store's records, read whole on each query. */
        RecordQueries<PresenceId, Presence> query();

        @Override
        default Page<Presence> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Presence> ofPerson(PersonId person) {
            return query().anyOffice(p -> p.person().equals(person), LATEST_FIRST);
        }

        /** One read of the records for every person asked. */
        @Override
        default Map<PersonId, List<Presence>> ofPersons(Collection<PersonId> persons) {
            Map<PersonId, List<Presence>> found = new LinkedHashMap<>();
            new LinkedHashSet<>(persons).forEach(p -> found.put(p, new ArrayList<>()));
            query().anyOffice(p -> found.containsKey(p.person()), LATEST_FIRST)
                    .forEach(p -> found.get(p.person()).add(p));
            found.replaceAll((p, stays) -> List.copyOf(stays));
            return found;
        }

        @Override
        default List<Presence> presentAt(OfficeId office, Instant instant) {
            return query().matching(office, p -> p.coversInstant(instant)).toList();
        }

        @Override
        default Map<OfficeId, StayCounts> stayCounts(Collection<OfficeId> offices, Instant at) {
            Set<OfficeId> asked = Set.copyOf(offices);
            Map<OfficeId, Set<PersonId>> with = new HashMap<>();
            Map<OfficeId, Set<PersonId>> covered = new HashMap<>();
            for (Presence p : query().anyOffice(p -> asked.contains(p.office()), LATEST_FIRST)) {
                with.computeIfAbsent(p.office(), o -> new HashSet<>()).add(p.person());
                if (p.coversInstant(at)) {
                    covered.computeIfAbsent(p.office(), o -> new HashSet<>()).add(p.person());
                }
            }
            Map<OfficeId, StayCounts> counts = new HashMap<>();
            with.forEach((o, persons) -> counts.put(o, new StayCounts(persons.size(),
                    covered.getOrDefault(o, Set.of()).size())));
            return counts;
        }
    }
}
