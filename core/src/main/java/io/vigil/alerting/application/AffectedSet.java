package io.vigil.alerting.application;

import io.vigil.alerting.domain.Incident;
import io.vigil.kernel.PersonId;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.Reachable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The locator's answer as a roll-call reads it: the persons it places in the area, each with every
 * reason (at most {@link Incident#MAX_REASONS}), and the residents known to be abroad at the
 * incident's time whom nothing but their residence places there (listed, not asked).
 */
final class AffectedSet {
    private static final String RESIDENCE = Incident.ReasonKind.RESIDENCE.name();

    private final Map<PersonId, List<Incident.Reason>> placed;
    private final Map<PersonId, LocatorResult.Abroad> away;

    private AffectedSet(Map<PersonId, List<Incident.Reason>> placed, Map<PersonId, LocatorResult.Abroad> away) {
        this.placed = placed;
        this.away = away;
    }

    static AffectedSet of(LocatorResult found) {
        Map<PersonId, List<LocatorResult.Reason>> sightings = found.sightings();
        Map<PersonId, LocatorResult.Abroad> away = new LinkedHashMap<>();
        for (LocatorResult.Abroad a : found.abroad()) {
            if (sightings.getOrDefault(a.person(), List.of()).stream().allMatch(r -> r.kind().equals(RESIDENCE))) {
                away.put(a.person(), a);
            }
        }
        Map<PersonId, List<Incident.Reason>> placed = new LinkedHashMap<>();
        sightings.forEach((person, reasons) -> {
            if (!away.containsKey(person)) {
                placed.put(person, Incident.Reason.bounded(reasons.stream().map(AffectedSet::reason).toList()));
            }
        });
        return new AffectedSet(placed, away);
    }

    /** The persons placed in the area, in the locator's order. */
    List<PersonId> placed() {
        return List.copyOf(placed.keySet());
    }

    /** Every reason the person is placed in the area. */
    List<Incident.Reason> reasons(PersonId person) {
        return placed.getOrDefault(person, List.of());
    }

    /** The persons placed in the area by a hotel stay that holds at the instant. */
    List<PersonId> stayingAt(Instant at) {
        return placed.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(r ->
                r.kind() == Incident.ReasonKind.HOTEL_STAY && r.holdsAt(at))).map(Map.Entry::getKey).toList();
    }

    /** The residents abroad. */
    List<PersonId> away() {
        return List.copyOf(away.keySet());
    }

    /** The residents abroad as the roll-call lists them, with their names (persons of the office only). */
    List<Incident.Abroad> abroad(List<Reachable> named) {
        return named.stream().filter(r -> away.containsKey(r.person())).map(r -> {
            LocatorResult.Abroad a = away.get(r.person());
            return new Incident.Abroad(r.person(), r.displayName(), reason(a.residence()), a.departed());
        }).toList();
    }

    /** What to add to "the area holds nobody" when residents are abroad. */
    String abroadNote() {
        return away.isEmpty() ? "" : " (" + (away.size() == 1 ? "1 resident is" : away.size() + " residents are")
                + " abroad)";
    }

    private static Incident.Reason reason(LocatorResult.Reason r) {
        return Incident.Reason.located(Incident.ReasonKind.of(r.kind()), r.place(), r.point(), r.from(), r.until(),
                r.source());
    }
}
