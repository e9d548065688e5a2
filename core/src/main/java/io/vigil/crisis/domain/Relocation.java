package io.vigil.crisis.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A relocation or evacuation declared for an area at an instant: who declared it and when, the
 * crisis activation it was declared from (if any), the safe haven people go to, the transport and
 * priority order it was built with (as they were then), and the list, each person with their seat
 * (or the shortfall) and the states recorded for them. The list always keeps each household in one
 * option and never seats more persons in an option than it has seats.
 */
public record Relocation(RelocationId id, OfficeId office, long version, RelocationKind kind, String area,
                         String areaName, String haven, Instant at, String declaredBy, Instant declaredAt,
                         Optional<ActivationId> activation, List<TransportOption> transport,
                         List<EvacueeCategory> priority, List<Evacuee> evacuees)
        implements Versioned<RelocationId, Relocation> {
    /** The most persons on one list. */
    public static final int MAX_PERSONS = 1_000;

    public Relocation {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(kind, "kind");
        area = Require.text(area, "area", 32);
        areaName = Require.text(areaName, "areaName", 200);
        haven = Require.text(haven, "haven", 200);
        Require.nonNull(at, "at");
        declaredBy = Require.text(declaredBy, "declaredBy", 200);
        Require.nonNull(declaredAt, "declaredAt");
        Require.nonNull(activation, "activation");
        transport = Require.noNulls(transport, "transport");
        priority = Require.noNulls(priority, "priority");
        evacuees = Require.noNulls(evacuees, "evacuees");
        Require.that(evacuees.size() <= MAX_PERSONS, "evacuees", "must be at most " + MAX_PERSONS);
        Require.that(evacuees.stream().map(Evacuee::person).distinct().count() == evacuees.size(), "evacuees",
                "must name each person once");
        Map<String, Integer> seats = new HashMap<>();
        transport.forEach(t -> seats.put(t.name(), t.seats()));
        Require.that(seats.size() == transport.size(), "transport", "must have distinct names");
        Map<String, Integer> taken = new HashMap<>();
        Map<PersonId, Optional<String>> households = new HashMap<>();
        for (Evacuee e : evacuees) {
            e.transport().ifPresent(t -> {
                Require.that(seats.containsKey(t), "evacuees", "must be seated in a transport option of the list: " + t);
                taken.merge(t, 1, Integer::sum);
            });
            Optional<String> before = households.putIfAbsent(e.household(), e.transport());
            Require.that(before == null || before.equals(e.transport()), "evacuees",
                    "must seat each household in one option, or none of it");
        }
        taken.forEach((t, n) -> Require.that(n <= seats.get(t), "evacuees",
                "must seat at most " + seats.get(t) + " persons in " + t));
    }

    /** The list in figures. */
    public RelocationCounts counts() {
        return RelocationCounts.of(evacuees, transport.stream().mapToInt(TransportOption::seats).sum());
    }

    /** The persons in the shortfall: those no transport option had room for, with their household. */
    public List<Evacuee> shortfall() {
        return evacuees.stream().filter(e -> !e.seated()).toList();
    }

    /** The person's entry, if they are on the list. */
    public Optional<Evacuee> evacuee(PersonId person) {
        return evacuees.stream().filter(e -> e.person().equals(person)).findFirst();
    }

    /** Every person on the list. */
    public List<PersonId> persons() {
        return evacuees.stream().map(Evacuee::person).toList();
    }

    /**
     * The list with a state recorded for a person on it, after those recorded before; the same
     * state as their latest (with no new note) records nothing and returns this list.
     */
    public Relocation record(PersonId person, EvacueeStatus status, Optional<String> note, String by, Instant when) {
        Evacuee current = evacuee(person).orElseThrow(() -> new InvalidValueException("person",
                "is not on the list of relocation " + id + ": " + person));
        Optional<String> stripped = note.map(String::strip).filter(n -> !n.isEmpty());
        if (current.status() == status && stripped.isEmpty()) {
            return this;
        }
        StatusChange change = new StatusChange(status, when, by, stripped);
        List<Evacuee> next = new ArrayList<>(evacuees);
        next.set(next.indexOf(current), current.with(change));
        return new Relocation(id, office, version, kind, area, areaName, haven, at, declaredBy, declaredAt, activation,
                transport, priority, next);
    }

    @Override
    public Relocation withVersion(long newVersion) {
        return new Relocation(id, office, newVersion, kind, area, areaName, haven, at, declaredBy, declaredAt,
                activation, transport, priority, evacuees);
    }
}
