package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The escalation of silence, as a pure policy: persons who were asked something at {@code since}
 * and have not answered go, {@code wardenAfter} later, to the warden of the zone they live in
 * (one digest per zone, to the first of its warden and alternates who can be reached, on every
 * channel of the plan they have an address on, naming every silent person with their phone), or to the
 * officer on call if they have no zone or its wardens cannot be reached; {@code officerAfter}
 * later every one still silent goes to the officer on call. Each step is taken once: the caller
 * records the step it applied ({@link Outcome#wardensStep()}, {@link Outcome#officerStep()}) and
 * passes it back as {@link Taken}. The plan sends nothing and reads no store: it returns the
 * {@link Notice notices} (recipient, wording and reason) and the warnings (a zone without a
 * reachable warden, nobody on call to be told). The services send each notice with its head and
 * tail worded again from the office's template of its kind ({@link MessageKind#ROLL_CALL_SILENT_TO_WARDEN}
 * and the others, {@link MessageTemplate#digest}) in the recipient's language; the plan's own
 * English wording is the structure they keep: its entries, pages and keys.
 *
 * <p>A roll-call uses it through {@link #forRollCall}. Any other "silence of a tracked person after
 * a deadline" uses the same plan: for a movement's missed call-in, {@code subject} names the
 * movement ({@code Vigil movement "Field trip to Toluca"}), {@code since} is the call-in's
 * deadline, the silent persons are the travellers who did not call in (with the zone of their
 * residence, or none), and the caller prefixes each notice's {@link Notice#key() key} with the
 * movement's id so that resending after a crash sends nothing twice.
 */
public record EscalationPlan(String subject, Instant since, Duration wardenAfter, Duration officerAfter,
                             Set<Channel> channels) {
    /**
     * The longest page of a notice per channel, in characters: an SMS (and a call or radio script)
     * three concatenated segments of 153; an app message and an e-mail the longest text a message may
     * carry ({@link OutboundMessage#MAX_TEXT}, 2,000).
     */
    public static final Map<Channel, Integer> PAGE_LENGTH = Map.of(Channel.SMS, 459, Channel.PHONE, 459,
            Channel.RADIO, 459, Channel.APP, OutboundMessage.MAX_TEXT, Channel.EMAIL, OutboundMessage.MAX_TEXT);

    public EscalationPlan {
        subject = Require.text(subject, "subject", 300);
        Require.nonNull(since, "since");
        Require.nonNull(wardenAfter, "wardenAfter");
        Require.nonNull(officerAfter, "officerAfter");
        Require.that(!wardenAfter.isNegative(), "wardenAfter must not be negative");
        Require.that(officerAfter.compareTo(wardenAfter) >= 0, "officerAfter must not be less than wardenAfter");
        channels = Set.copyOf(Require.nonNull(channels, "channels"));
    }

    /** The plan of a roll-call: its title, start, the incident's delays and the roll-call's channels. */
    public static EscalationPlan forRollCall(CommunicationTest rollCall) {
        Incident incident = rollCall.incident().orElseThrow(() -> new IllegalArgumentException(
                "test " + rollCall.id() + " is not a roll-call"));
        return new EscalationPlan("Vigil roll-call \"" + rollCall.title() + "\"", rollCall.startedAt(),
                incident.wardenAfter(), incident.officerAfter(), rollCall.channels());
    }

    /**
     * A person whose silence is tracked: the name messages give, the warden zone they live in, if
     * any, and whether they are {@code unreachable} (no address, or every message to them failed),
     * which the messages naming them say, so that someone goes to find them.
     */
    public record Silent(PersonId person, String name, Optional<WardenZoneId> zone, boolean unreachable) {
        public Silent {
            Require.nonNull(person, "person");
            name = Require.text(name, "name", 200);
            Require.nonNull(zone, "zone");
        }

        /** A silent person who may have been reached. */
        public Silent(PersonId person, String name, Optional<WardenZoneId> zone) {
            this(person, name, zone, false);
        }

        /** The name as messages list it: marked when the person could not be reached. */
        String listed() {
            return unreachable ? name + " (unreachable: no message got through)" : name;
        }
    }

    /** Which steps were already taken (and recorded) before. */
    public record Taken(boolean wardens, boolean officer) {
        /** The steps recorded on a roll-call's incident. */
        public static Taken of(Incident incident) {
            return new Taken(incident.wardensAlertedAt().isPresent(), incident.officerAlertedAt().isPresent());
        }
    }

    /** Who has a silent person on their list at a moment. */
    public enum Stage {
        /** Nobody yet: the warden's delay has not passed. */
        AWAITING,
        /** The warden of the person's zone. */
        WITH_WARDEN,
        /** The officer on call: the person has no zone, or the officer's delay has passed. */
        WITH_OFFICER
    }

    /** Why a notice goes out. */
    public enum Reason {
        /** Persons of the recipient's zone are silent past the warden's delay. */
        SILENT_PAST_WARDEN_DELAY,
        /** Persons silent past the warden's delay have no zone, or no warden of their zone can be reached. */
        NO_REACHABLE_WARDEN,
        /** Persons are silent past the officer's delay. */
        SILENT_PAST_OFFICER_DELAY
    }

    /** Who a notice is for. */
    public sealed interface Recipient {
        /** The warden (or alternate) of a zone, on every one of the plan's channels they have an address on. */
        record Warden(PersonId person, WardenZoneId zone) implements Recipient {
        }

        /** An on-call shift, by SMS to its duty phone. */
        record OnCall(ShiftId shift, String phone) implements Recipient {
        }
    }

    /**
     * One notice to send: {@code key} names it among the messages about the same subject (the
     * same on every run, so a resend is recognised), and {@code about} lists the silent persons it
     * concerns. Its text is {@code head}, then every person's entry (name, and phone when known),
     * then {@code tail}; too long for one message on a channel, it goes out as {@link #pages pages}.
     */
    public record Notice(String key, Recipient to, Reason reason, List<PersonId> about, String head,
                         List<String> entries, String tail) {
        public Notice {
            Require.nonNull(key, "key");
            Require.nonNull(to, "to");
            Require.nonNull(reason, "reason");
            about = List.copyOf(about);
            Require.nonNull(head, "head");
            entries = List.copyOf(entries);
            Require.nonNull(tail, "tail");
        }

        /** The whole notice as one text. */
        public String text() {
            return head + String.join(", ", entries) + tail;
        }

        /**
         * The notice in pages of at most {@code limit} characters, each page "(k/n) " then the head,
         * as many whole entries as fit, and the tail on the last ("…" on the others); one page, the
         * text as it is, when it fits. A page holds at least one entry, even one longer than the limit.
         */
        public List<String> pages(int limit) {
            Require.that(limit >= 80, "limit", "must be at least 80 characters");
            if (text().length() <= limit) {
                return List.of(text());
            }
            String numbering = "(" + entries.size() + "/" + entries.size() + ") ";
            int room = limit - numbering.length() - head.length() - Math.max(tail.length(), 2);
            List<List<String>> chunks = new ArrayList<>();
            List<String> chunk = new ArrayList<>();
            int used = 0;
            for (String entry : entries) {
                int length = entry.length() + (chunk.isEmpty() ? 0 : 2);
                if (!chunk.isEmpty() && used + length > room) {
                    chunks.add(chunk);
                    chunk = new ArrayList<>();
                    length = entry.length();
                    used = 0;
                }
                chunk.add(entry);
                used += length;
            }
            chunks.add(chunk);
            List<String> pages = new ArrayList<>();
            for (int k = 0; k < chunks.size(); k++) {
                pages.add("(" + (k + 1) + "/" + chunks.size() + ") " + head + String.join(", ", chunks.get(k))
                        + (k == chunks.size() - 1 ? tail : " …"));
            }
            return pages;
        }
    }

    /** What the plan says to do now: the notices in order, the warnings, and which steps it took. */
    public record Outcome(List<Notice> notices, List<String> warnings, boolean wardensStep, boolean officerStep) {
        public Outcome {
            notices = List.copyOf(notices);
            warnings = List.copyOf(warnings);
        }
    }

    /** Who has a person still silent at {@code now} on their list. */
    public Stage stageOf(Optional<WardenZoneId> zone, Instant now) {
        Duration elapsed = Duration.between(since, now);
        if (elapsed.compareTo(officerAfter) >= 0) {
            return Stage.WITH_OFFICER;
        }
        if (elapsed.compareTo(wardenAfter) >= 0) {
            return zone.isPresent() ? Stage.WITH_WARDEN : Stage.WITH_OFFICER;
        }
        return Stage.AWAITING;
    }

    /**
     * The notices due at {@code now}.
     *
     * @param taken     the steps taken before
     * @param silent    the persons who have not answered, in the order messages list them
     * @param wardensOf a zone's warden and then alternates who can be reached on the plan's channels,
     *                  in that order (asked only for the zones of silent persons, and only when the
     *                  warden's step is due)
     * @param onCall    the shifts on call at {@code now}
     */
    public Outcome at(Instant now, Taken taken, List<Silent> silent,
                      Function<WardenZoneId, List<PersonId>> wardensOf, List<OnCallShift> onCall) {
        return at(now, taken, silent, wardensOf, onCall, null);
    }

    /**
     * {@link #at(Instant, Taken, List, Function, List)}, each silent person named with their phone
     * ({@code phoneOf}, asked only for the persons a notice names, or "no phone" when they have none),
     * so that the warden or officer can call them from the message itself.
     */
    public Outcome at(Instant now, Taken taken, List<Silent> silent,
                      Function<WardenZoneId, List<PersonId>> wardensOf, List<OnCallShift> onCall,
                      Function<PersonId, Optional<String>> phoneOf) {
        Duration elapsed = Duration.between(since, now);
        List<Notice> notices = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean wardensStep = !taken.wardens() && elapsed.compareTo(wardenAfter) >= 0;
        boolean officerStep = !taken.officer() && elapsed.compareTo(officerAfter) >= 0;
        if (wardensStep) {
            List<Silent> noWarden = new ArrayList<>(silent.stream().filter(p -> p.zone().isEmpty()).toList());
            Map<WardenZoneId, List<Silent>> byZone = silent.stream().filter(p -> p.zone().isPresent())
                    .collect(Collectors.groupingBy(p -> p.zone().get(), LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<WardenZoneId, List<Silent>> zone : byZone.entrySet()) {
                Optional<PersonId> warden = wardensOf.apply(zone.getKey()).stream().findFirst();
                if (warden.isEmpty()) {
                    warnings.add("zone " + zone.getKey() + " has no warden reachable on " + channels
                            + "; its silent persons go to the officer on call");
                    noWarden.addAll(zone.getValue());
                    continue;
                }
                notices.add(new Notice("warden-" + warden.get(), new Recipient.Warden(warden.get(), zone.getKey()),
                        Reason.SILENT_PAST_WARDEN_DELAY, ids(zone.getValue()), subject + ": no answer after "
                        + wardenAfter.toMinutes() + " minutes from " + persons(zone.getValue().size()) + " in zone "
                        + zone.getKey() + ": ", entries(zone.getValue(), phoneOf), ". Please check on them"
                        + (phoneOf == null ? " (your zone roster has their phones)." : ".")));
            }
            if (!noWarden.isEmpty()) {
                toOfficer("officer-nowarden", Reason.NO_REACHABLE_WARDEN, noWarden, "no answer after "
                        + wardenAfter.toMinutes() + " minutes from " + persons(noWarden.size()) + " with no warden: ",
                        phoneOf, onCall, notices, warnings);
            }
        }
        if (officerStep && !silent.isEmpty()) {
            toOfficer("officer", Reason.SILENT_PAST_OFFICER_DELAY, silent, "no answer after "
                    + officerAfter.toMinutes() + " minutes from " + persons(silent.size()) + ": ",
                    phoneOf, onCall, notices, warnings);
        }
        return new Outcome(notices, warnings, wardensStep, officerStep);
    }

    private void toOfficer(String key, Reason reason, List<Silent> about, String what,
                           Function<PersonId, Optional<String>> phoneOf, List<OnCallShift> onCall,
                           List<Notice> notices, List<String> warnings) {
        List<String> entries = entries(about, phoneOf);
        if (onCall.isEmpty()) {
            // warnings are logged and shown to whoever sweeps: names only, never the phones of the notice
            warnings.add("nobody is on call to be told: " + what + String.join(", ", entries(about, null)));
            return;
        }
        for (OnCallShift shift : onCall) {
            notices.add(new Notice(key + "-" + shift.id(), new Recipient.OnCall(shift.id(), shift.phone()), reason,
                    ids(about), subject + ": " + what, entries, "."));
        }
    }

    private static List<PersonId> ids(List<Silent> persons) {
        return persons.stream().map(Silent::person).toList();
    }

    /** Every person's name, with their phone when {@code phoneOf} is given. */
    private static List<String> entries(List<Silent> persons, Function<PersonId, Optional<String>> phoneOf) {
        return persons.stream().map(p -> phoneOf == null ? p.listed()
                : p.listed() + " (" + phoneOf.apply(p.person()).orElse("no phone") + ")").toList();
    }

    private static String persons(int n) {
        return n == 1 ? "1 person" : n + " persons";
    }
}
