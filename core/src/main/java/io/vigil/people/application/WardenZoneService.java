package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.domain.ZoneOccupants;
import io.vigil.people.port.in.ManageWardenZonesUseCase;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.people.port.in.ZoneRoster;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.people.port.out.WardenZoneRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The warden system. A zone write is followed by the reassignment of the office's residences, so
 * each residence's zone (which the access policy reads) is always the one its location lies in.
 */
final class WardenZoneService extends GuardedRecordsService<WardenZoneId, WardenZoneDetails, WardenZone>
        implements ManageWardenZonesUseCase {
    static final String TYPE = "warden-zone";
    private static final int REASSIGN_ATTEMPTS = 5;
    private static final Comparator<ZoneRoster.Entry> ROSTER_ORDER = Comparator
            .comparing((ZoneRoster.Entry e) -> e.role().ordinal()).thenComparing(ZoneRoster.Entry::displayName)
            .thenComparing(e -> e.person().value());

    private final WardenZoneRegistry zones;
    private final ResidenceRegistry residences;
    private final MissionRegistry missions;
    private final PersonDirectory persons;
    private final References refs;
    private final AccessGuard guard;
    private final PersonAccess access;
    private final CommandValidator validator;
    private final WardenRosterWindow window;
    private final Clock clock;

    @Inject
    WardenZoneService(WardenZoneRegistry zones, ResidenceRegistry residences, MissionRegistry missions,
                      PersonDirectory persons, References refs, AccessGuard guard, PersonAccess access,
                      CommandValidator validator, WardenRosterWindow window, Clock clock) {
        super(new GuardedRecords<>(TYPE, PeopleData.WARDEN_SYSTEM, zones,
                (office, page) -> Page.of(zones.list(office), page), guard));
        this.zones = zones;
        this.residences = residences;
        this.missions = missions;
        this.persons = persons;
        this.refs = refs;
        this.guard = guard;
        this.access = access;
        this.validator = validator;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public WardenZone create(Actor actor, WardenZoneDetails d) {
        WardenZone built = build(actor, 0, d);
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, d.id().value());
        if (zones.findById(d.id()).isPresent()) {
            throw RefusedException.because("warden zone " + d.id() + " already exists; choose another id");
        }
        WardenZone saved = zones.save(built);
        reassign(saved.office());
        return saved;
    }

    @Override
    public WardenZone update(Actor actor, WardenZoneId id, long expectedVersion, WardenZoneDetails d) {
        WardenZone built = build(actor, expectedVersion, d);
        if (!d.id().equals(id)) {
            throw InvalidCommandException.of("id", "must be the zone's id " + id + "; a zone keeps its id");
        }
        WardenZone saved = records.update(actor, id, built);
        reassign(saved.office());
        return saved;
    }

    @Override
    public void remove(Actor actor, WardenZoneId id, long expectedVersion) {
        reassign(records.remove(actor, id, expectedVersion).office());
    }

    @Override
    public Set<WardenZoneId> lookedAfterBy(Actor actor, PersonId person) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return zones.list(actor.office()).stream().filter(z -> z.wardens().contains(person)).map(WardenZone::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@inheritDoc}
     *
     * <p>An actor who may read residences office-wide (the security roles, the SOC) may ask for any
     * instant. A warden may ask only within the {@link WardenRosterWindow} around now (by default a
     * week back and a week ahead), and sees the place, phone and e-mail of a resident or household
     * member only if they may read that person's contacts now, as {@code persons().get} decides it
     * (the person lives in their zone now); visitors are on the roster by their stay in the zone.
     */
    @Override
    public ZoneRoster roster(Actor actor, WardenZoneId id, Instant at) {
        WardenZone zone = records.load(actor, id, Operation.READ, AuditAction.READ);
        AccessTarget target = new AccessTarget(zone.office(), Optional.empty(), Optional.empty(), Optional.of(id));
        AccessDecision decision = guard.check(actor, Operation.READ, PeopleData.RESIDENCE, target);
        boolean officeWide = guard.check(actor, Operation.READ, PeopleData.RESIDENCE,
                AccessTarget.office(zone.office())).granted();
        if (decision.granted() && !officeWide && !window.covers(clock.instant(), at)) {
            decision = new AccessDecision.Denied("a warden may ask for their zone's roster only from "
                    + window.describe() + ", not for " + at + "; the security roles and the SOC may ask for any time");
        }
        Map<PersonId, ZoneRoster.Entry> entries = new LinkedHashMap<>();
        if (decision.granted()) {
            occupants(actor, officeWide, zone, at, entries);
        }
        guard.record(actor, AuditAction.READ, TYPE + "-roster", id.value(), PeopleData.RESIDENCE, decision,
                List.copyOf(entries.keySet()));
        if (!decision.granted()) {
            throw new AccessDeniedException(decision.reason());
        }
        auditShown(actor, id, decision, PeopleData.CONTACT, entries.values().stream()
                .filter(e -> e.place() != null));
        auditShown(actor, id, decision, PeopleData.MOVEMENT, entries.values().stream()
                .filter(e -> e.place() != null && e.role() == ZoneRoster.Role.VISITOR));
        return new ZoneRoster(id, zone.name(), at, zone.wardens(),
                entries.values().stream().sorted(ROSTER_ORDER).toList());
    }

    /**
     * Audits the roster's entries that showed a class of data (contacts, a visitor's hotel stay)
     * under that class, naming their persons; nobody shown, no entry.
     */
    private void auditShown(Actor actor, WardenZoneId id, AccessDecision decision, PeopleData data,
                            Stream<ZoneRoster.Entry> shown) {
        List<PersonId> persons = shown.map(ZoneRoster.Entry::person).toList();
        if (!persons.isEmpty()) {
            guard.record(actor, AuditAction.READ, TYPE + "-roster", id.value(), data, decision, persons);
        }
    }

    /**
     * Gives every residence of the office the zone its location lies in; returns how many changed.
     * A residence changed meanwhile by someone else is read again and reassigned from its new
     * location.
     */
    int reassign(OfficeId office) {
        Function<GeoPoint, Optional<WardenZoneId>> assign = WardenZone.assigner(zones.list(office));
        int changed = 0;
        for (Residence listed : Page.all(page -> residences.list(office, page))) {
            Optional<Residence> r = Optional.of(listed);
            for (int attempt = 1; r.isPresent(); attempt++) {
                Residence current = r.get();
                Optional<WardenZoneId> zone = assign.apply(current.location());
                if (zone.equals(current.wardenZone())) {
                    break;
                }
                try {
                    residences.save(current.inZone(zone));
                    changed++;
                    break;
                } catch (VersionConflictException e) {
                    if (attempt >= REASSIGN_ATTEMPTS) {
                        throw e;
                    }
                    r = residences.findById(current.id());
                }
            }
        }
        return changed;
    }

    private WardenZone build(Actor actor, long version, WardenZoneDetails d) {
        validator.validate(d);
        refs.person(actor.office(), d.warden(), "warden");
        refs.allExist(actor.office(), d.alternates(), "alternates");
        return CommandValidator.build("body", () -> new WardenZone(d.id(), actor.office(), version, d.name(),
                d.outline(), d.warden(), d.alternates()));
    }

    /**
     * The zone's occupants at the instant ({@link ZoneOccupants}), from the residences in its
     * bounding box (those assigned to it lie inside its outline: every zone write reassigns them) and
     * the missions that may stay in it then.
     */
    private void occupants(Actor actor, boolean officeWide, WardenZone zone, Instant at,
                           Map<PersonId, ZoneRoster.Entry> entries) {
        GeoBox box = zone.area().bounds();
        List<ZoneOccupants.Occupant> occupants = ZoneOccupants.of(zone, at, residences.within(zone.office(), box),
                missions.candidatesWithin(zone.office(), box, TimeWindow.at(at)));
        Map<PersonId, Person> people = people(occupants.stream().map(ZoneOccupants.Occupant::person).toList());
        for (ZoneOccupants.Occupant o : occupants) {
            Optional.ofNullable(people.get(o.person())).ifPresent(person -> {
                ZoneRoster.Role role = role(o.kind());
                boolean reachable = officeWide || role == ZoneRoster.Role.VISITOR
                        || access.check(actor, Operation.READ, PeopleData.CONTACT, access.target(person)).granted();
                entries.put(o.person(), reachable ? entry(person, role, o.place(), o.until())
                        : new ZoneRoster.Entry(person.id(), person.displayName(), person.category().name(), role, null,
                        Optional.empty(), Optional.empty(), Optional.empty()));
            });
        }
    }

    private static ZoneRoster.Role role(ZoneOccupants.Kind kind) {
        return switch (kind) {
            case RESIDENT -> ZoneRoster.Role.RESIDENT;
            case HOUSEHOLD -> ZoneRoster.Role.HOUSEHOLD;
            case VISITOR -> ZoneRoster.Role.VISITOR;
        };
    }

    private Map<PersonId, Person> people(List<PersonId> ids) {
        Map<PersonId, Person> found = new LinkedHashMap<>();
        persons.findAll(ids).forEach(p -> found.put(p.id(), p));
        return found;
    }

    private static ZoneRoster.Entry entry(Person p, ZoneRoster.Role role, String place, Optional<Instant> until) {
        return new ZoneRoster.Entry(p.id(), p.displayName(), p.category().name(), role, place,
                first(p, ChannelKind.PHONE), first(p, ChannelKind.EMAIL), until);
    }

    private static Optional<String> first(Person p, ChannelKind kind) {
        return p.contacts().stream().filter(c -> c.kind() == kind).map(ContactChannel::value).findFirst();
    }
}
