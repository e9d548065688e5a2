package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What a roll-call is about: the incident's area and time, who the locator found affected (and
 * why), and when silence escalates: to the person's warden after {@code wardenAfterMinutes}, to
 * the officer on call after {@code officerAfterMinutes}, both counted from the roll-call's start;
 * {@code wardensAlertedAt} and {@code officerAlertedAt} record when each escalation went out.
 */
public record Incident(List<GeoPoint> outline, Instant at, int wardenAfterMinutes, int officerAfterMinutes,
                       List<Affected> affected, Optional<Instant> wardensAlertedAt,
                       Optional<Instant> officerAlertedAt) {

    /** One affected person: their name, the warden zone they live in (if any) and why they are affected. */
    public record Affected(PersonId person, String name, Optional<WardenZoneId> zone, String reason) {
        public Affected {
            Require.nonNull(person, "person");
            name = Require.text(name, "name", 200);
            Require.nonNull(zone, "zone");
            reason = Require.text(reason, "reason", 500);
        }
    }

    public Incident {
        outline = List.copyOf(Require.nonNull(outline, "outline"));
        GeoArea.polygon(outline);
        Require.nonNull(at, "at");
        Require.that(wardenAfterMinutes >= 1, "wardenAfterMinutes", "must be at least 1");
        Require.that(officerAfterMinutes >= wardenAfterMinutes,
                "officerAfterMinutes", "must not be less than wardenAfterMinutes");
        affected = List.copyOf(Require.nonNull(affected, "affected"));
        Require.that(new HashSet<>(affected.stream().map(Affected::person).toList()).size() == affected.size(),
                "affected", "must name each person once");
        Require.nonNull(wardensAlertedAt, "wardensAlertedAt");
        Require.nonNull(officerAlertedAt, "officerAlertedAt");
    }

    /** The same incident with the wardens' escalation recorded at {@code when}. */
    public Incident withWardensAlerted(Instant when) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, affected, Optional.of(when),
                officerAlertedAt);
    }

    /** The same incident with the officer's escalation recorded at {@code when}. */
    public Incident withOfficerAlerted(Instant when) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, affected, wardensAlertedAt,
                Optional.of(when));
    }

    /** The same incident with these affected persons (for instance their reasons as a reader may see them). */
    public Incident withAffected(List<Affected> persons) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, persons, wardensAlertedAt,
                officerAlertedAt);
    }

    /** How long after the start silence goes to the warden. */
    public Duration wardenAfter() {
        return Duration.ofMinutes(wardenAfterMinutes);
    }

    /** How long after the start silence goes to the officer. */
    public Duration officerAfter() {
        return Duration.ofMinutes(officerAfterMinutes);
    }
}
