package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.Words;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a roll-call is about: the incident's area and time, who the locator found affected (and
 * every reason why), the residents of the area known to be abroad at the incident's time (listed,
 * not asked), and when silence escalates: to the person's warden after {@code wardenAfterMinutes},
 * to the officer on call after {@code officerAfterMinutes}, both counted from the roll-call's
 * start; {@code wardensAlertedAt} and {@code officerAlertedAt} record when each escalation went out.
 */
public record Incident(List<GeoPoint> outline, Instant at, int wardenAfterMinutes, int officerAfterMinutes,
                       List<Affected> affected, Optional<Instant> wardensAlertedAt,
                       Optional<Instant> officerAlertedAt, List<Abroad> abroad) {
    /** The most reasons kept per person (see {@link Reason#bounded}). */
    public static final int MAX_REASONS = 20;
    /** The longest reason text kept in {@link Affected#reason}, the form release 0.1 reads. */
    public static final int MAX_REASON_TEXT = 500;

    /** The kind of a reason: the locator's kinds, and {@code UNKNOWN} for a reason kept as text by release 0.1. */
    public enum ReasonKind {
        RESIDENCE, ITINERARY_LEG, HOTEL_STAY, LAST_KNOWN_POSITION, UNKNOWN;

        /** The kind of this name; {@code UNKNOWN} for a name of no kind. */
        public static ReasonKind of(String name) {
            for (ReasonKind k : values()) {
                if (k.name().equals(name)) {
                    return k;
                }
            }
            return UNKNOWN;
        }
    }

    /**
     * One reason a person is affected, as the locator gave it: its kind, the place in words ("lives
     * at …", "staying at Hotel Reforma (mission …)"), the point, when it holds (from, until; until
     * empty if open-ended) and the id of the record behind it. A reason read from release 0.1 has
     * kind {@code UNKNOWN} and its whole text as place. A reason shown to a reader who may not read
     * the place ({@link #placeless}) keeps its kind alone.
     */
    public record Reason(ReasonKind kind, Optional<String> place, Optional<GeoPoint> point, Optional<Instant> from,
                         Optional<Instant> until, Optional<String> source) {
        public Reason {
            Require.nonNull(kind, "kind");
            Require.nonNull(place, "place");
            place = place.map(p -> Require.text(p, "place", MAX_REASON_TEXT));
            Require.nonNull(point, "point");
            Require.nonNull(from, "from");
            Require.nonNull(until, "until");
            Require.nonNull(source, "source");
            source = source.map(s -> Require.text(s, "source", 200));
        }

        /** A reason the locator gave. */
        public static Reason located(ReasonKind kind, String place, GeoPoint point, Instant from,
                                     Optional<Instant> until, String source) {
            return new Reason(kind, Optional.of(place), Optional.of(point), Optional.of(from), until,
                    Optional.of(source));
        }

        /** A reason kept as text by release 0.1 ("residence: lives at …"): of unknown kind, the text as place. */
        public static Reason legacy(String text) {
            return new Reason(ReasonKind.UNKNOWN, Optional.of(text), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }

        /**
         * The same reason with its kind alone (no place, point, time or source); a reason kept as
         * text keeps the kind its text starts with, as {@link #apparentKind} reads it.
         */
        public Reason placeless() {
            return new Reason(apparentKind(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }

        /**
         * The kind; for a reason kept as text, the kind its text starts with ("residence: …" is a
         * residence, as release 0.1 wrote it), {@code UNKNOWN} if none.
         */
        public ReasonKind apparentKind() {
            if (kind != ReasonKind.UNKNOWN) {
                return kind;
            }
            for (ReasonKind k : ReasonKind.values()) {
                if (k != ReasonKind.UNKNOWN && place.filter(p -> p.startsWith(Words.of(k) + ": ")).isPresent()) {
                    return k;
                }
            }
            return ReasonKind.UNKNOWN;
        }

        /**
         * The reason in words: "residence: lives at …" with its place, the kind alone ("hotel stay")
         * without; a reason of unknown kind is its text, or "in the area" without it.
         */
        public String text() {
            if (kind == ReasonKind.UNKNOWN) {
                return place.orElse("in the area");
            }
            return place.map(p -> Words.of(kind) + ": " + p).orElse(Words.of(kind));
        }

        /** Whether the reason holds at the instant (from included, until excluded); unknown times do not. */
        public boolean holdsAt(Instant t) {
            return from.map(f -> !t.isBefore(f)).orElse(false) && until.map(t::isBefore).orElse(true);
        }

        /** The reasons' texts joined with "; ". */
        public static String texts(List<Reason> reasons) {
            return reasons.stream().map(Reason::text).collect(Collectors.joining("; "));
        }

        /**
         * At most {@link #MAX_REASONS} of the reasons, in their order: when there are more, the oldest
         * reported positions go first (a person reporting every few minutes), then the latest reasons.
         */
        public static List<Reason> bounded(List<Reason> reasons) {
            List<Reason> kept = new ArrayList<>(reasons);
            for (int i = 0; i < kept.size() && kept.size() > MAX_REASONS; ) {
                if (kept.get(i).kind() == ReasonKind.LAST_KNOWN_POSITION) {
                    kept.remove(i);
                } else {
                    i++;
                }
            }
            return List.copyOf(kept.subList(0, Math.min(kept.size(), MAX_REASONS)));
        }
    }

    /**
     * One affected person: their name, their warden zone (where they live, or for a guest of a hotel
     * stay at the incident's time, the zone of the hotel) and every reason they are affected.
     * {@code reason} is the reasons in words, joined with "; " (cut at {@value #MAX_REASON_TEXT}
     * characters): the one text release 0.1 stored and reads.
     */
    public record Affected(PersonId person, String name, Optional<WardenZoneId> zone, String reason,
                           List<Reason> reasons) {
        public Affected {
            Require.nonNull(person, "person");
            name = Require.text(name, "name", 200);
            Require.nonNull(zone, "zone");
            if (reasons == null || reasons.isEmpty()) {
                reasons = List.of(Reason.legacy(Require.text(reason, "reason", MAX_REASON_TEXT)));
            }
            reasons = List.copyOf(reasons);
            Require.that(reasons.size() <= MAX_REASONS, "reasons", "must be at most " + MAX_REASONS);
            reason = summary(reasons);
        }

        /** An affected person for every reason given. */
        public Affected(PersonId person, String name, Optional<WardenZoneId> zone, List<Reason> reasons) {
            this(person, name, zone, null, reasons);
        }

        /** An affected person with one reason kept as text (the form of release 0.1). */
        public Affected(PersonId person, String name, Optional<WardenZoneId> zone, String reason) {
            this(person, name, zone, reason, null);
        }

        /** The same person with these reasons (for instance as a reader may see them). */
        public Affected withReasons(List<Reason> shown) {
            return new Affected(person, name, zone, shown);
        }

        private static String summary(List<Reason> reasons) {
            String text = Reason.texts(reasons);
            return text.length() <= MAX_REASON_TEXT ? text : text.substring(0, MAX_REASON_TEXT - 1) + "…";
        }
    }

    /**
     * A resident of the area known to be abroad at the incident's time (their stays in the country
     * say so), and nothing else placing them there: listed on the roll-call, not asked, not chased,
     * not scored. {@code residence} is their residence in the area as a reason; {@code departed}
     * when they last left the country, if recorded.
     */
    public record Abroad(PersonId person, String name, Reason residence, Optional<Instant> departed) {
        public Abroad {
            Require.nonNull(person, "person");
            name = Require.text(name, "name", 200);
            Require.nonNull(residence, "residence");
            Require.nonNull(departed, "departed");
        }

        /** The same resident with their residence as a reader may see it. */
        public Abroad withResidence(Reason shown) {
            return new Abroad(person, name, shown, departed);
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
        Set<PersonId> asked = new HashSet<>(affected.stream().map(Affected::person).toList());
        Require.that(asked.size() == affected.size(), "affected", "must name each person once");
        Require.nonNull(wardensAlertedAt, "wardensAlertedAt");
        Require.nonNull(officerAlertedAt, "officerAlertedAt");
        abroad = abroad == null ? List.of() : List.copyOf(abroad);
        Require.that(abroad.stream().map(Abroad::person).distinct().count() == abroad.size()
                && abroad.stream().noneMatch(a -> asked.contains(a.person())), "abroad",
                "must name each person once, none of them affected");
    }

    /** An incident with nobody listed abroad (as every roll-call of release 0.1). */
    public Incident(List<GeoPoint> outline, Instant at, int wardenAfterMinutes, int officerAfterMinutes,
                    List<Affected> affected, Optional<Instant> wardensAlertedAt, Optional<Instant> officerAlertedAt) {
        this(outline, at, wardenAfterMinutes, officerAfterMinutes, affected, wardensAlertedAt, officerAlertedAt,
                List.of());
    }

    /** The same incident with the wardens' escalation recorded at {@code when}. */
    public Incident withWardensAlerted(Instant when) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, affected, Optional.of(when),
                officerAlertedAt, abroad);
    }

    /** The same incident with the officer's escalation recorded at {@code when}. */
    public Incident withOfficerAlerted(Instant when) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, affected, wardensAlertedAt,
                Optional.of(when), abroad);
    }

    /** The same incident with these affected persons (for instance their reasons as a reader may see them). */
    public Incident withAffected(List<Affected> persons) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, persons, wardensAlertedAt,
                officerAlertedAt, abroad);
    }

    /** The same incident with these residents listed abroad (for instance as a reader may see them). */
    public Incident withAbroad(List<Abroad> residents) {
        return new Incident(outline, at, wardenAfterMinutes, officerAfterMinutes, affected, wardensAlertedAt,
                officerAlertedAt, residents);
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
