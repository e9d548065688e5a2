package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.kernel.Require;
import io.vigil.kernel.paging.Page;
import io.vigil.people.port.in.PersonCard;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the officer has on screen during a roll-call, at {@code at}: the counts by state and by zone
 * (zone id, or {@link RollCallViewQuery#NO_ZONE}, then state) over every affected person, the score,
 * the warnings, and one page of the persons the query selects, each with what the reader may see
 * of them. {@code cursor} is what to pass as {@code changedSince} to get only what changes next;
 * {@code complete} is false when the list holds only the persons changed since the cursor given.
 * {@code zone} is the roll-call's office's zone, the one its times are shown in (UTC for an office
 * without a profile); the instants stay UTC.
 */
public record RollCallView(CommunicationTest rollCall, Instant at, RollCallCursor cursor, boolean complete,
                           Map<State, Integer> counts, Map<String, Map<State, Integer>> byZone, Page<Row> persons,
                           Score score, List<String> warnings, ZoneId zone) {
    public RollCallView {
        Require.nonNull(rollCall, "rollCall");
        Require.nonNull(at, "at");
        Require.nonNull(cursor, "cursor");
        counts = Map.copyOf(counts);
        byZone = Map.copyOf(byZone);
        Require.nonNull(persons, "persons");
        warnings = List.copyOf(warnings);
        Require.nonNull(zone, "zone");
    }

    /**
     * One listed person: their roll-call state, reason and answers (the reason naming the place only
     * for a reader who may read it), when that last changed (their latest answer, or the moment their
     * silence passed to its current stage), and their card (category, household, phones) when the
     * reader may read their profile.
     */
    public record Row(RollCallStatus.Person status, Instant changedAt, Optional<PersonCard> card) {
        public Row {
            Require.nonNull(status, "status");
            Require.nonNull(changedAt, "changedAt");
            Require.nonNull(card, "card");
        }
    }
}
