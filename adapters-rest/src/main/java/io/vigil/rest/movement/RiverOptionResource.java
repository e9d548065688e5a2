package io.vigil.rest.movement;

import io.vigil.movement.domain.RiverOption;
import io.vigil.rest.resource.Identified;
import java.time.LocalDate;
import java.util.List;

/** A river transport option as the API shows it, with what keeps it from use today (UTC day). */
public record RiverOptionResource(String id, String office, long version, String operator, String route,
                                  String vessel, int seats, int lifeJackets, LocalDate validUntil, String notes,
                                  List<String> problemsToday) implements Identified {

    /** The option on {@code today}. */
    public static RiverOptionResource from(RiverOption o, LocalDate today) {
        return new RiverOptionResource(o.id().toString(), o.office().value(), o.version(), o.operator(), o.route(),
                o.vessel(), o.seats(), o.lifeJackets(), o.validUntil(), o.notes().orElse(null), o.problemsOn(today));
    }
}
