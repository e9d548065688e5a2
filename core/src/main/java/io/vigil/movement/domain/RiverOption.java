package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A river transport option the office may use: the operator, the route, the vessel, its seats and
 * life jackets, and until when the office's assessment of it is valid.
 */
public record RiverOption(RiverOptionId id, OfficeId office, long version, String operator, String route,
                          String vessel, int seats, int lifeJackets, LocalDate validUntil, Optional<String> notes)
        implements Versioned<RiverOptionId, RiverOption> {
    /** The most seats of one vessel. */
    public static final int MAX_SEATS = 500;

    public RiverOption {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        operator = Require.text(operator, "operator", 200);
        route = Require.text(route, "route", 500);
        vessel = Require.text(vessel, "vessel", 200);
        Require.that(seats >= 1 && seats <= MAX_SEATS, "seats", "must be between 1 and " + MAX_SEATS);
        Require.that(lifeJackets >= 0 && lifeJackets <= 2 * MAX_SEATS, "lifeJackets",
                "must be between 0 and " + 2 * MAX_SEATS);
        Require.nonNull(validUntil, "validUntil");
        notes = Require.nonNull(notes, "notes").map(n -> Require.text(n, "notes", 2000));
    }

    /** Why the option may not be used on {@code day}: its assessment lapsed, fewer life jackets than seats. */
    public List<String> problemsOn(LocalDate day) {
        List<String> problems = new ArrayList<>();
        if (validUntil.isBefore(day)) {
            problems.add("river option " + operator + " (" + vessel + ") was valid only until " + validUntil);
        }
        if (lifeJackets < seats) {
            problems.add("river option " + operator + " (" + vessel + ") has " + lifeJackets + " life jackets for "
                    + seats + " seats");
        }
        return problems;
    }

    @Override
    public RiverOption withVersion(long newVersion) {
        return new RiverOption(id, office, newVersion, operator, route, vessel, seats, lifeJackets, validUntil, notes);
    }
}
