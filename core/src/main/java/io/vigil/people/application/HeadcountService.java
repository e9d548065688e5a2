package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.OfficeSelection;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceHeadcount;
import io.vigil.people.domain.StayCounts;
import io.vigil.people.domain.Whereabouts;
import io.vigil.people.port.in.HeadcountUseCase;
import io.vigil.people.port.in.OfficeHeadcount;
import io.vigil.people.port.in.WhereaboutsEntry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PresenceLog;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who is in the country and who is abroad, from every person and stay of the office. */
final class HeadcountService implements HeadcountUseCase {
    static final String TYPE = "headcount";

    private final PersonDirectory persons;
    private final PresenceLog presences;
    private final PersonAccess access;

    @Inject
    HeadcountService(PersonDirectory persons, PresenceLog presences, PersonAccess access) {
        this.persons = persons;
        this.presences = presences;
        this.access = access;
    }

    @Override
    public PresenceHeadcount headcount(Actor actor, Instant at) {
        requireAt(at);
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.HEADCOUNT, AuditAction.READ, TYPE);
        Map<Person, Whereabouts> all = new LinkedHashMap<>();
        entries(actor, at).forEach((p, e) -> all.put(p, e.whereabouts()));
        access.audit(actor, AuditAction.READ, TYPE, actor.office().value(), PeopleData.HEADCOUNT, basis, List.of());
        return PresenceHeadcount.of(actor.office(), at, all);
    }

    @Override
    public List<OfficeHeadcount> headcounts(Actor actor, Collection<OfficeId> offices, Instant at) {
        requireAt(at);
        List<OfficeId> asked = OfficeSelection.require(offices, "offices");
        Set<String> bases = new LinkedHashSet<>();
        for (OfficeId office : asked) {
            bases.add(access.requireOffice(actor, office, Operation.READ, PeopleData.HEADCOUNT, AuditAction.READ,
                    TYPE));
        }
        Map<OfficeId, Long> totals = persons.countByOffice(asked);
        Map<OfficeId, StayCounts> stays = presences.stayCounts(asked, at);
        access.audit(actor, AuditAction.READ, TYPE, String.join(",", asked.stream().map(OfficeId::value).toList()),
                PeopleData.HEADCOUNT, String.join("; ", bases), List.of());
        List<OfficeHeadcount> counts = new ArrayList<>();
        for (OfficeId office : asked) {
            long total = totals.getOrDefault(office, 0L);
            StayCounts s = stays.getOrDefault(office, StayCounts.NONE);
            // every stay names a person of its office (PresenceService checks it); the bounds only keep a
            // store holding stays of a person removed behind the use cases' back from counting them
            long with = Math.min(s.withStays(), total);
            long in = Math.min(s.covered(), with);
            counts.add(new OfficeHeadcount(office, in, with - in, total - with));
        }
        return counts;
    }

    @Override
    public Page<WhereaboutsEntry> persons(Actor actor, Whereabouts where, Instant at, PageRequest page) {
        requireAt(at);
        if (where == null) {
            throw InvalidCommandException.of("where", "must not be null");
        }
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.MOVEMENT, AuditAction.LIST, TYPE);
        List<WhereaboutsEntry> listed = entries(actor, at).values().stream()
                .filter(e -> e.whereabouts() == where).toList();
        Page<WhereaboutsEntry> shown = Page.of(listed, page);
        List<PersonId> named = shown.items().stream().map(WhereaboutsEntry::person).toList();
        if (!named.isEmpty()) {
            access.audit(actor, AuditAction.LIST, TYPE, actor.office().value(), PeopleData.MOVEMENT, basis, named);
        }
        return shown;
    }

    /** Every person of the office, by name, with their whereabouts at the instant. */
    private Map<Person, WhereaboutsEntry> entries(Actor actor, Instant at) {
        Map<PersonId, List<Presence>> stays = new HashMap<>();
        Page.all(page -> presences.list(actor.office(), page))
                .forEach(p -> stays.computeIfAbsent(p.person(), x -> new ArrayList<>()).add(p));
        Map<Person, WhereaboutsEntry> entries = new LinkedHashMap<>();
        PersonFilter everyone = new PersonFilter(Optional.empty(), Optional.empty(), Optional.empty());
        for (Person p : Page.all(page -> persons.list(actor.office(), everyone, page))) {
            List<Presence> theirs = stays.getOrDefault(p.id(), List.of());
            Optional<Presence> covering = theirs.stream().filter(s -> s.coversInstant(at)).findFirst();
            Optional<Instant> since = covering.map(Presence::arrival).or(() -> theirs.stream()
                    .flatMap(s -> s.departure().stream()).filter(d -> !d.isAfter(at)).max(Comparator.naturalOrder()));
            entries.put(p, new WhereaboutsEntry(p.id(), p.displayName(), p.category(), p.orgUnit(),
                    Whereabouts.of(theirs.size(), covering.isPresent()), since));
        }
        return entries;
    }

    private static void requireAt(Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
    }
}
