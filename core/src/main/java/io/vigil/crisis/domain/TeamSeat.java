package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.List;

/** One seat of the crisis team: the role, the person who holds it, and their alternates in order. */
public record TeamSeat(TeamRole role, PersonId principal, List<PersonId> alternates) {
    /** The most alternates of a seat. */
    public static final int MAX_ALTERNATES = 5;

    public TeamSeat {
        Require.nonNull(role, "role");
        Require.nonNull(principal, "principal");
        alternates = Require.noNulls(alternates, "alternates");
        Require.that(alternates.size() <= MAX_ALTERNATES, "alternates", "must be at most " + MAX_ALTERNATES);
        Require.that(alternates.stream().distinct().count() == alternates.size() && !alternates.contains(principal),
                "alternates", "must be distinct persons other than the principal");
    }
}
