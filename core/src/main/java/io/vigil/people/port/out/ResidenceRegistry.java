package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.domain.Tenancy;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Outbound port: residences of the office's persons. */
public interface ResidenceRegistry extends VersionedStore<ResidenceId, Residence> {

    /** The order of every list of residences: by id. */
    Comparator<Residence> BY_ID = Comparator.comparing(r -> r.id().toString());

    /** The office's residences, ordered by id. */
    Page<Residence> list(OfficeId office, PageRequest page);

    /** The residences the person lives or lived in, as occupant or household member, ordered by id. */
    List<Residence> ofPerson(PersonId person);

    /**
     * {@link #ofPerson} for many persons at once (a roll-call's affected set), each person once,
     * with an empty list for persons living nowhere. Adapters should override this one-by-one
     * default with a batch query.
     */
    default Map<PersonId, List<Residence>> ofPersons(Collection<PersonId> persons) {
        Map<PersonId, List<Residence>> found = new LinkedHashMap<>();
        new LinkedHashSet<>(persons).forEach(p -> found.put(p, ofPerson(p)));
        return found;
    }

    /**
     * The warden zone each person is in at {@code at}, from the residences they live or lived in
     * ({@link #ofPersons}, whatever their office): {@link Tenancy#currentZone} of their tenancies in
     * the order of {@link #ofPersons}. Persons in no zone then are absent; the others are in the
     * order first asked. Adapters may override this default to answer without reading whole
     * residences.
     */
    default Map<PersonId, WardenZoneId> currentZones(Collection<PersonId> persons, Instant at) {
        Map<PersonId, WardenZoneId> zones = new LinkedHashMap<>();
        ofPersons(persons).forEach((person, lived) -> Tenancy.currentZone(lived.stream().map(Residence::tenancy)
                .toList(), at).ifPresent(zone -> zones.put(person, zone)));
        return zones;
    }

    /** Every residence of the office whose location lies in the box (edges included), in any order. */
    List<Residence> within(OfficeId office, GeoBox box);

    /**
     * This port answered by reading every stored record, for stores without an index or a query
     * language (in memory, a directory of files): the queries are written once, here.
     */
    interface Scanned extends ResidenceRegistry {
        /** The store's records, read whole on each query. */
        RecordQueries<ResidenceId, Residence> query();

        @Override
        default Page<Residence> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_ID, page);
        }
    }
}
