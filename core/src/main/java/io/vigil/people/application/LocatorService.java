package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Headcount;
import io.vigil.people.domain.LocatorHit;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.SightingReason;
import io.vigil.people.domain.Sightings;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The locator: asks each store for candidates inside the area's bounding box, then applies the
 * exact rules of {@link Sightings}. Each query is audited with every person it found, and so is each
 * place shown again from a reason another context kept.
 */
final class LocatorService implements LocatePersonnelUseCase {
    static final String TYPE = "locator";

    private final ResidenceRegistry residences;
    private final MissionRegistry missions;
    private final PositionLog positions;
    private final PresenceLog presences;
    private final PersonDirectory persons;
    private final PersonAccess access;
    private final CommandValidator validator;

    @Inject
    LocatorService(ResidenceRegistry residences, MissionRegistry missions, PositionLog positions,
                   PresenceLog presences, PersonDirectory persons, PersonAccess access, CommandValidator validator) {
        this.residences = residences;
        this.missions = missions;
        this.positions = positions;
        this.presences = presences;
        this.persons = persons;
        this.access = access;
        this.validator = validator;
    }

    @Override
    public LocatorResult locate(Actor actor, LocateQuery query) {
        validator.validate(query);
        GeoArea area = CommandValidator.build("area", () -> GeoArea.polygon(query.area()));
        TimeWindow window = CommandValidator.build("to", () -> new TimeWindow(query.from(), query.to()));
        access.requireOffice(actor, Operation.READ, PeopleData.RESIDENCE, AuditAction.LOCATE, TYPE);
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.MOVEMENT, AuditAction.LOCATE, TYPE);
        LocatorResult result = locate(actor, area, window);
        Set<PersonId> found = new LinkedHashSet<>(result.persons());
        result.abroad().forEach(a -> found.add(a.person()));
        access.audit(actor, AuditAction.LOCATE, TYPE, actor.office().value(), PeopleData.MOVEMENT, basis,
                List.copyOf(found));
        return result;
    }

    @Override
    public int countWithin(Actor actor, LocateQuery query) {
        validator.validate(query);
        GeoArea area = CommandValidator.build("area", () -> GeoArea.polygon(query.area()));
        TimeWindow window = CommandValidator.build("to", () -> new TimeWindow(query.from(), query.to()));
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.HEADCOUNT, AuditAction.READ, TYPE);
        int found = locate(actor, area, window).persons().size();
        access.audit(actor, AuditAction.READ, TYPE, actor.office().value(), PeopleData.HEADCOUNT, basis, List.of());
        return found;
    }

    /**
     * The hits in the area and window: each candidate the stores give is read once, in loops that
     * build no intermediate stream or list, and only the residents with a stay recorded are looked
     * at again for who is abroad.
     */
    private LocatorResult locate(Actor actor, GeoArea area, TimeWindow window) {
        GeoBox box = area.bounds();
        List<Residence> inside = new ArrayList<>();
        for (Residence r : residences.within(actor.office(), box)) {
            if (r.livedInDuring(window) && area.contains(r.location())) {
                inside.add(r);
            }
        }
        Map<PersonId, List<Presence>> stays = stays(actor.office(), inside);
        List<LocatorHit> hits = new ArrayList<>(inside.size() + 64);
        for (Residence r : inside) {
            hits.addAll(Sightings.ofResidents(r, window, stays));
        }
        for (Mission m : missions.candidatesWithin(actor.office(), box, window)) {
            hits.addAll(Sightings.of(m, area, window));
        }
        for (PositionReport r : positions.within(actor.office(), box, window)) {
            Sightings.of(r, area, window).ifPresent(hits::add);
        }
        hits.sort(LocatorHit.ORDER);
        return new LocatorResult(area, window, hits, abroad(inside, stays, window.to()));
    }

    /**
     * The stays in the country, of the office only, of the residents of these residences who have
     * one: a resident left out has none, as {@link Sightings} and {@link #abroad} read it.
     */
    private Map<PersonId, List<Presence>> stays(OfficeId office, List<Residence> inside) {
        List<PersonId> residents = new ArrayList<>(inside.size());
        for (Residence r : inside) {
            residents.addAll(r.residents());
        }
        Map<PersonId, List<Presence>> stays = new HashMap<>();
        presences.ofPersons(residents).forEach((p, theirs) -> {
            List<Presence> ofOffice = new ArrayList<>(theirs.size());
            for (Presence s : theirs) {
                if (s.office().equals(office)) {
                    ofOffice.add(s);
                }
            }
            if (!ofOffice.isEmpty()) {
                stays.put(p, List.copyOf(ofOffice));
            }
        });
        return stays.isEmpty() ? Map.of() : stays;
    }

    /**
     * The residents of residences lived in at {@code end} whose stays show them abroad then, each
     * once (the first residence by id), with when they last left. Only residences with a resident
     * who has a stay recorded can name one (nobody without a stay is known abroad), so only those
     * are ordered.
     */
    private static List<LocatorResult.Abroad> abroad(List<Residence> inside, Map<PersonId, List<Presence>> stays,
                                                     Instant end) {
        if (stays.isEmpty()) {
            return List.of();
        }
        TimeWindow atEnd = TimeWindow.at(end);
        List<Map.Entry<String, Residence>> withStays = new ArrayList<>();
        for (Residence r : inside) {
            if (anyWithStay(r, stays) && r.livedInDuring(atEnd)) {
                withStays.add(Map.entry(r.id().toString(), r)); // each id as text once, not once per comparison
            }
        }
        withStays.sort(Map.Entry.comparingByKey());
        Map<PersonId, LocatorResult.Abroad> abroad = new LinkedHashMap<>();
        for (Map.Entry<String, Residence> entry : withStays) {
            Residence r = entry.getValue();
            for (PersonId p : r.residents()) {
                List<Presence> theirs = stays.getOrDefault(p, List.of());
                if (!abroad.containsKey(p) && Sightings.abroadAt(theirs, end)) {
                    Optional<Instant> left = theirs.stream().flatMap(s -> s.departure().stream())
                            .filter(d -> !d.isAfter(end)).max(Comparator.naturalOrder());
                    LocatorHit home = new LocatorHit(p, SightingReason.RESIDENCE, r.id().toString(),
                            r.location(), r.movedIn(), r.movedOut(), "lives at " + r.address().street()
                            + ", " + r.address().city());
                    abroad.put(p, new LocatorResult.Abroad(p, LocatorResult.Reason.of(home), left));
                }
            }
        }
        return List.copyOf(abroad.values());
    }

    /** Whether a resident of the residence has a stay in the country recorded. */
    private static boolean anyWithStay(Residence r, Map<PersonId, List<Presence>> stays) {
        for (PersonId p : r.residents()) {
            if (!stays.getOrDefault(p, List.of()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<PersonId, Set<String>> readablePlaces(Actor actor, OfficeId office, Map<PersonId, Set<String>> kinds) {
        Map<PersonId, Set<String>> readable = new LinkedHashMap<>();
        Map<PeopleData, List<PersonId>> shown = new EnumMap<>(PeopleData.class);
        Map<PeopleData, String> bases = new EnumMap<>(PeopleData.class);
        kinds.forEach((person, asked) -> {
            AccessTarget target = access.target(office, person);
            Map<PeopleData, AccessDecision> decisions = new EnumMap<>(PeopleData.class);
            Set<String> mayRead = new LinkedHashSet<>();
            Set<PeopleData> used = new LinkedHashSet<>();
            for (String kind : asked) {
                List<PeopleData> classes = classesOf(kind);
                classes.forEach(data -> decisions.computeIfAbsent(data,
                        d -> access.check(actor, Operation.READ, d, target)));
                if (classes.stream().allMatch(data -> decisions.get(data).granted())) {
                    mayRead.add(kind);
                    used.addAll(classes);
                }
            }
            readable.put(person, Set.copyOf(mayRead));
            for (PeopleData data : used) {
                shown.computeIfAbsent(data, d -> new ArrayList<>()).add(person);
                bases.putIfAbsent(data, decisions.get(data).reason());
            }
        });
        shown.forEach((data, persons) -> access.audit(actor, AuditAction.READ, TYPE, office.value(), data,
                bases.get(data), persons));
        return readable;
    }

    /** The classes of data whose place a reason of this kind gives; both for a kind not known. */
    private static List<PeopleData> classesOf(String kind) {
        return Arrays.stream(SightingReason.values()).filter(r -> r.name().equals(kind)).findFirst()
                .map(r -> List.of(r.data())).orElse(List.of(PeopleData.RESIDENCE, PeopleData.MOVEMENT));
    }

    @Override
    public Headcount headcount(Actor actor, Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
        access.requireOffice(actor, Operation.READ, PeopleData.HEADCOUNT, AuditAction.READ, TYPE);
        List<PersonId> present = presences.presentAt(actor.office(), at).stream().map(Presence::person).distinct()
                .toList();
        return Headcount.of(actor.office(), at, persons.findAll(present));
    }
}
