package io.vigil.people.application;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.Reachable;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.WardenZoneRegistry;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The contact directory: persons and their preferred address per contact kind. */
final class ContactDirectoryService implements ContactDirectoryUseCase {
    static final String TYPE = "contact-directory";

    private final PersonDirectory persons;
    private final WardenZoneRegistry zones;
    private final MissionRegistry missions;
    private final PersonAccess access;

    @Inject
    ContactDirectoryService(PersonDirectory persons, WardenZoneRegistry zones, MissionRegistry missions,
                            PersonAccess access) {
        this.persons = persons;
        this.zones = zones;
        this.missions = missions;
        this.access = access;
    }

    @Override
    public Page<Reachable> reachable(Actor actor, Optional<String> category, PageRequest page) {
        Optional<PersonCategory> kind = category.map(ContactDirectoryService::category);
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.CONTACT, AuditAction.LIST, TYPE);
        Page<Person> found = persons.list(actor.office(), new PersonFilter(kind, Optional.empty(), Optional.empty()),
                page);
        audit(actor, TYPE, PeopleData.CONTACT, basis, found.items().stream().map(Person::id).toList());
        return found.map(ContactDirectoryService::reachable);
    }

    @Override
    public List<Reachable> persons(Actor actor, Collection<PersonId> ids) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.CONTACT, AuditAction.LIST, TYPE);
        Map<PersonId, Person> found = new HashMap<>();
        persons.findAll(ids).stream().filter(p -> p.office().equals(actor.office())).forEach(p -> found.put(p.id(), p));
        List<Person> ordered = new LinkedHashSet<>(ids).stream().map(found::get).filter(Objects::nonNull).toList();
        audit(actor, TYPE, PeopleData.CONTACT, basis, ordered.stream().map(Person::id).toList());
        return ordered.stream().map(ContactDirectoryService::reachable).toList();
    }

    @Override
    public Map<PersonId, WardenZoneId> zones(Actor actor, Collection<PersonId> ids) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.RESIDENCE, AuditAction.LIST,
                ResidenceService.TYPE);
        Map<PersonId, WardenZoneId> found = access.currentZones(ids);
        audit(actor, ResidenceService.TYPE, PeopleData.RESIDENCE, basis, List.copyOf(found.keySet()));
        return found;
    }

    @Override
    public Map<PersonId, WardenZoneId> stayZones(Actor actor, Collection<PersonId> ids, Instant at) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.MOVEMENT, AuditAction.LIST,
                MissionService.TYPE);
        Function<GeoPoint, Optional<WardenZoneId>> assign = WardenZone.assigner(zones.list(actor.office()));
        TimeWindow then = TimeWindow.at(at);
        Map<PersonId, WardenZoneId> found = new LinkedHashMap<>();
        for (PersonId person : new LinkedHashSet<>(ids)) {
            missions.ofPerson(person).stream().filter(m -> m.office().equals(actor.office()))
                    .flatMap(m -> m.stays().stream())
                    .filter(s -> s.guests().contains(person) && s.during(then))
                    .flatMap(s -> assign.apply(s.hotel().point()).stream()).findFirst()
                    .ifPresent(zone -> found.put(person, zone));
        }
        audit(actor, MissionService.TYPE, PeopleData.MOVEMENT, basis, List.copyOf(found.keySet()));
        return found;
    }

    @Override
    public Map<PersonId, Language> languages(Actor actor, Collection<PersonId> ids) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.PROFILE, AuditAction.LIST, TYPE);
        Map<PersonId, Language> found = new LinkedHashMap<>();
        persons.findAll(new LinkedHashSet<>(ids)).stream().filter(p -> p.office().equals(actor.office()))
                .forEach(p -> p.language().ifPresent(l -> found.put(p.id(), l)));
        audit(actor, TYPE, PeopleData.PROFILE, basis, List.copyOf(found.keySet()));
        return found;
    }

    @Override
    public List<PersonId> holders(Actor actor, String phone) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.PROFILE, AuditAction.LIST, TYPE);
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        List<PersonId> found = new ArrayList<>();
        if (!digits.isEmpty()) {
            PersonFilter all = new PersonFilter(Optional.empty(), Optional.empty(), Optional.empty());
            PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
            while (found.size() < MAX_HOLDERS) {
                Page<Person> batch = persons.list(actor.office(), all, page);
                batch.items().stream().filter(p -> p.contacts().stream().anyMatch(c -> c.kind() == ChannelKind.PHONE
                                && c.value().replaceAll("[^0-9]", "").equals(digits)))
                        .map(Person::id).limit(MAX_HOLDERS - found.size()).forEach(found::add);
                if (batch.items().size() < page.limit() || page.offset() + page.limit() >= batch.total()) {
                    break;
                }
                page = new PageRequest(page.offset() + page.limit(), page.limit());
            }
        }
        found.sort(java.util.Comparator.comparing(PersonId::toString));
        audit(actor, TYPE, PeopleData.PROFILE, basis, found);
        return List.copyOf(found);
    }

    @Override
    public List<Reachable> wardens(Actor actor, WardenZoneId zone) {
        return zones.findById(zone).filter(z -> z.office().equals(actor.office()))
                .map(z -> persons(actor, z.wardens())).orElse(List.of());
    }

    /** Audits a read that exposed these persons; a read that exposed nobody leaves no entry. */
    private void audit(Actor actor, String type, DataClass data, String basis, List<PersonId> exposed) {
        if (!exposed.isEmpty()) {
            access.audit(actor, AuditAction.LIST, type, actor.office().value(), data, basis, exposed);
        }
    }

    private static PersonCategory category(String given) {
        String name = given.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(PersonCategory.values()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> InvalidCommandException.of("category", "must be one of "
                        + Arrays.toString(PersonCategory.values()) + ", was '" + given + "'"));
    }

    private static Reachable reachable(Person p) {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (ContactChannel c : p.contacts()) {
            addresses.putIfAbsent(c.kind().name(), c.value());
        }
        return new Reachable(p.id(), p.displayName(), p.category().name(), addresses, p.language());
    }
}
