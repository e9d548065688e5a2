package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Person;
import io.vigil.people.port.in.PersonCard;
import io.vigil.people.port.in.PersonCardsUseCase;
import io.vigil.people.port.out.PersonDirectory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Cards of persons for another context's screen, each class of data shown on need to know, and audited. */
final class PersonCardService implements PersonCardsUseCase {
    static final String TYPE = "person-card";

    private final PersonDirectory persons;
    private final PersonAccess access;

    @Inject
    PersonCardService(PersonDirectory persons, PersonAccess access) {
        this.persons = persons;
        this.access = access;
    }

    @Override
    public Map<PersonId, PersonCard> cards(Actor actor, Collection<PersonId> ids) {
        Set<PersonId> asked = new LinkedHashSet<>(ids);
        if (asked.size() > MAX_PERSONS) {
            throw InvalidCommandException.of("persons", "must be at most " + MAX_PERSONS + ", was " + asked.size());
        }
        Map<PersonId, Person> known = new HashMap<>();
        persons.findAll(asked).stream().filter(p -> p.office().equals(actor.office())).forEach(p -> known.put(p.id(), p));
        Map<PersonId, List<Person>> dependents = new HashMap<>();
        persons.dependentsOfAny(known.keySet()).stream().filter(d -> d.office().equals(actor.office()))
                .forEach(d -> dependents.computeIfAbsent(d.sponsor().orElseThrow(), s -> new ArrayList<>()).add(d));
        Set<PersonId> sponsors = new LinkedHashSet<>();
        known.values().forEach(p -> p.sponsor().ifPresent(sponsors::add));
        Map<PersonId, Person> household = new HashMap<>(known);
        persons.findAll(sponsors).stream().filter(p -> p.office().equals(actor.office()))
                .forEach(p -> household.put(p.id(), p));
        dependents.values().forEach(list -> list.forEach(d -> household.put(d.id(), d)));
        Map<PersonId, WardenZoneId> zones = access.currentZones(household.keySet());
        Decisions profile = new Decisions(actor, PeopleData.PROFILE, zones);
        Decisions contact = new Decisions(actor, PeopleData.CONTACT, zones);
        Map<PersonId, PersonCard> cards = new LinkedHashMap<>();
        for (PersonId id : asked) {
            Person p = known.get(id);
            if (p == null || !profile.granted(p)) {
                continue;
            }
            profile.shown(p);
            Optional<PersonCard.Member> sponsor = p.sponsor().map(household::get).filter(profile::granted)
                    .map(s -> member(profile.shown(s)));
            List<PersonCard.Member> theirs = dependents.getOrDefault(id, List.of()).stream().filter(profile::granted)
                    .map(d -> member(profile.shown(d))).toList();
            Optional<List<String>> phones = Optional.empty();
            if (contact.granted(p)) {
                contact.shown(p);
                phones = Optional.of(p.contacts().stream().filter(c -> c.kind() == ChannelKind.PHONE)
                        .map(ContactChannel::value).distinct().toList());
            }
            cards.put(id, new PersonCard(id, p.displayName(), p.category().name(), p.orgUnit(), sponsor, theirs,
                    phones));
        }
        profile.audit();
        contact.audit();
        return cards;
    }

    private static PersonCard.Member member(Person p) {
        return new PersonCard.Member(p.id(), p.displayName());
    }

    /** The reader's access to one class of data of each person, decided once, and who was shown it. */
    private final class Decisions {
        private final Actor actor;
        private final PeopleData data;
        private final Map<PersonId, WardenZoneId> zones;
        private final Map<PersonId, AccessDecision> decided = new HashMap<>();
        private final Set<PersonId> shown = new LinkedHashSet<>();
        private String basis;

        Decisions(Actor actor, PeopleData data, Map<PersonId, WardenZoneId> zones) {
            this.actor = actor;
            this.data = data;
            this.zones = zones;
        }

        boolean granted(Person p) {
            return decided.computeIfAbsent(p.id(), id -> access.check(actor, Operation.READ, data,
                    AccessTarget.person(p.office(), id, p.sponsor(), Optional.ofNullable(zones.get(id))))).granted();
        }

        Person shown(Person p) {
            if (shown.add(p.id()) && basis == null) {
                basis = decided.get(p.id()).reason();
            }
            return p;
        }

        void audit() {
            if (!shown.isEmpty()) {
                access.audit(actor, AuditAction.READ, TYPE, actor.office().value(), data, basis,
                        new ArrayList<>(shown));
            }
        }
    }
}
