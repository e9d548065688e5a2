package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Words;
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
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Presence;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        access.audit(actor, AuditAction.LOCATE, TYPE, actor.office().value(), PeopleData.MOVEMENT, basis,
                result.persons());
        return result;
    }

    private LocatorResult locate(Actor actor, GeoArea area, TimeWindow window) {
        GeoBox box = area.bounds();
        List<LocatorHit> hits = new ArrayList<>();
        residences.within(actor.office(), box).forEach(r -> hits.addAll(Sightings.of(r, area, window)));
        missions.candidatesWithin(actor.office(), box, window).forEach(m -> hits.addAll(Sightings.of(m, area, window)));
        positions.within(actor.office(), box, window)
                .forEach(r -> Sightings.of(r, area, window).ifPresent(hits::add));
        hits.sort(LocatorHit.ORDER);
        return new LocatorResult(area, window, hits);
    }

    @Override
    public Map<PersonId, String> readable(Actor actor, OfficeId office, Map<PersonId, String> reasons) {
        Map<PersonId, String> readable = new LinkedHashMap<>();
        Map<PeopleData, List<PersonId>> shown = new EnumMap<>(PeopleData.class);
        Map<PeopleData, String> bases = new EnumMap<>(PeopleData.class);
        reasons.forEach((person, reason) -> {
            Optional<SightingReason> kind = LocatorResult.kindOf(reason);
            List<PeopleData> classes = kind.map(k -> List.of(k.data()))
                    .orElse(List.of(PeopleData.RESIDENCE, PeopleData.MOVEMENT));
            AccessTarget target = access.target(office, person);
            List<AccessDecision> decisions = classes.stream()
                    .map(data -> access.check(actor, Operation.READ, data, target)).toList();
            if (decisions.stream().allMatch(AccessDecision::granted)) {
                readable.put(person, reason);
                for (int i = 0; i < classes.size(); i++) {
                    shown.computeIfAbsent(classes.get(i), data -> new ArrayList<>()).add(person);
                    bases.putIfAbsent(classes.get(i), decisions.get(i).reason());
                }
            } else {
                readable.put(person, kind.map(Words::of).orElse("in the area"));
            }
        });
        shown.forEach((data, persons) -> access.audit(actor, AuditAction.READ, TYPE, office.value(), data,
                bases.get(data), persons));
        return readable;
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
