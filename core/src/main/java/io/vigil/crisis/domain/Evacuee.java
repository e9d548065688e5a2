package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person on a relocation list: who (name and category as the personnel records gave them), their
 * household (the sponsor's id, or their own when they sponsor nobody's presence), where the locator
 * placed them, the transport option they are seated in (empty: they are in the shortfall), and every
 * state recorded for them in order (none yet: {@link EvacueeStatus#TO_MOVE}). A state recorded later
 * never removes an earlier one.
 */
public record Evacuee(PersonId person, String name, EvacueeCategory category, PersonId household, String place,
                      Optional<String> transport, List<StatusChange> changes) {
    /** The most states recorded for one person. */
    public static final int MAX_CHANGES = 20;

    public Evacuee {
        Require.nonNull(person, "person");
        name = Require.text(name, "name", 250);
        Require.nonNull(category, "category");
        Require.nonNull(household, "household");
        place = Require.text(place, "place", 500);
        Require.nonNull(transport, "transport");
        changes = Require.noNulls(changes, "changes");
        Require.that(changes.size() <= MAX_CHANGES, "changes", "must be at most " + MAX_CHANGES);
    }

    /** The latest state recorded, or {@link EvacueeStatus#TO_MOVE} when none was. */
    public EvacueeStatus status() {
        return changes.isEmpty() ? EvacueeStatus.TO_MOVE : changes.get(changes.size() - 1).status();
    }

    /** Whether the person has a seat in one of the transport options. */
    public boolean seated() {
        return transport.isPresent();
    }

    /** The person with {@code change} recorded after the others. */
    Evacuee with(StatusChange change) {
        Require.that(changes.size() < MAX_CHANGES, "status", "at most " + MAX_CHANGES
                + " states may be recorded for one person");
        List<StatusChange> next = new ArrayList<>(changes);
        next.add(change);
        return new Evacuee(person, name, category, household, place, transport, next);
    }

    /** When the latest state was recorded, if one was. */
    public Optional<Instant> since() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1).at());
    }
}
