package io.vigil.alerting.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of message Vigil sends, written from a template per language. Each kind names the
 * placeholders its template may use, with the most characters a value may put in the text, and
 * those it must use, and its bound: a template with its placeholders at their longest fits in
 * {@link #bound()} septets, one SMS ({@link GsmText#SMS}) for the questions and answers to persons,
 * two joined SMS ({@link GsmText#TWO_SMS}) for the notices to wardens and officers, which name a
 * person, a title and a local time with its zone, three joined SMS ({@link GsmText#THREE_SMS}) for
 * the notices of an incident and a crisis, which name the incident or the activation and its
 * reference as well. A digest kind has a {@link #list()} placeholder,
 * {@code {persons}}: the silent persons, each with their phone, as many as fit on each page of the
 * notice ({@code EscalationPlan.Notice#pages}); its bound is that of the rest of each page.
 */
public enum MessageKind {
    /** The question of a scheduled communication test. */
    COMMUNICATION_TEST_REQUEST(Map.of("title", 60, "name", 40), Set.of("title")),
    /** The question of a roll-call after an incident. */
    ROLL_CALL_REQUEST(Map.of("title", 60, "name", 40), Set.of("title")),
    /**
     * To a zone's warden: persons of the zone silent {@code {minutes}} after a roll-call's request
     * ({@code {count}} of them, listed in {@code {persons}}).
     */
    ROLL_CALL_SILENT_TO_WARDEN(Map.of("title", 60, "minutes", 5, "count", 5, "zone", 40), Set.of("title", "persons"),
            "persons"),
    /** To the officer on call: persons silent past the warden's delay with no warden who can be reached. */
    ROLL_CALL_SILENT_NO_WARDEN(Map.of("title", 60, "minutes", 5, "count", 5), Set.of("title", "persons"), "persons"),
    /** To the officer on call: persons still silent past a roll-call's officer delay. */
    ROLL_CALL_SILENT_TO_OFFICER(Map.of("title", 60, "minutes", 5, "count", 5), Set.of("title", "persons"),
            "persons"),
    /**
     * To the officer on call, then the crisis team leader: the persons of a movement that missed
     * its call-in due {@code {due}} (local time, zone named), silent for {@code {minutes}}.
     */
    CALL_IN_OVERDUE(Map.of("title", 60, "due", 60, "minutes", 5, "count", 5), Set.of("title", "due", "persons"),
            "persons"),
    /** To the officer on call: a person answered "needs help" to a test or roll-call. */
    OFFICER_NEEDS_HELP(Map.of("name", 80, "title", 60, "at", 60, "channel", 5), Set.of("name", "title", "at"), null),
    /** To the officer on call: a person who had answered "safe" (at {@code {before}}) now needs help. */
    OFFICER_HELP_AFTER_SAFE(Map.of("name", 80, "title", 60, "at", 60, "before", 20, "channel", 5),
            Set.of("name", "title", "at"), null),
    /** To the officer on call: a person who had called for help (at {@code {before}}) now answers "safe". */
    OFFICER_SAFE_AFTER_HELP(Map.of("name", 80, "title", 60, "at", 60, "before", 20, "channel", 5),
            Set.of("name", "title", "at"), null),
    /**
     * To a traveller (by e-mail and app) and the officer on call: a travel clearance is revoked, the
     * first departure in local time, the reason the rules gave.
     */
    CLEARANCE_REVOKED(Map.of("clearance", 40, "departure", 60, "reason", 150), Set.of("clearance", "departure",
            "reason"), null),
    /**
     * To each member of the office's reporting chain (the office's default language): a FLASH report
     * of an incident, when it is first reported. {@code {count}} is how many persons it affects (never
     * who); {@code {severity}}, {@code {category}} and {@code {verification}} are the report's codes.
     */
    INCIDENT_FLASH(chain(), Set.of("title", "at", "ref"), Optional.empty(), GsmText.THREE_SMS),
    /** To each member of the reporting chain: the WRITTEN report that completes a flash report, as above. */
    INCIDENT_WRITTEN(chain(), Set.of("title", "at", "ref"), Optional.empty(), GsmText.THREE_SMS),
    /**
     * To each principal of a seat of the crisis team, on every channel they have: the team is
     * activated for {@code {scenario}} because of {@code {trigger}}; they hold {@code {role}} and
     * answer available or unavailable on activation {@code {activation}}.
     */
    CRISIS_ACTIVATED(activation(), Set.of("trigger", "role", "activation"), Optional.empty(), GsmText.THREE_SMS),
    /** As {@link #CRISIS_ACTIVATED}, to an alternate of the seat. */
    CRISIS_ACTIVATED_ALTERNATE(activation(), Set.of("trigger", "role", "activation"), Optional.empty(),
            GsmText.THREE_SMS),
    /**
     * To the owner of a situation-report topic of an open activation: topic {@code {topic}}
     * ({@code {title}}) was due at {@code {due}} (local time, zone named).
     */
    SITREP_DUE(Map.of("topic", 5, "title", 80, "scenario", 40, "due", 60, "activation", 36),
            Set.of("title", "due", "activation"), Optional.empty(), GsmText.THREE_SMS),
    /**
     * To each person a security document is disseminated to: version {@code {version}} of
     * {@code {title}} is issued to them, to read and acknowledge under reference {@code {ref}}.
     */
    DOCUMENT_ISSUED(Map.of("title", 100, "version", 5, "ref", 36), Set.of("title", "ref"), Optional.empty(),
            GsmText.TWO_SMS),
    /**
     * To each person of an advisory's audience, by SMS, e-mail and app (the e-mail and app add the
     * advisory's own message below): its severity code, title, the local time it holds until, and
     * its reference to acknowledge it by.
     */
    ADVISORY_ISSUED(Map.of("severity", 10, "title", 80, "until", 60, "ref", 36), Set.of("title", "ref"), null),
    /**
     * To the passengers and convoy leader of a movement under way, by SMS, e-mail and app: its next
     * call-in is due at {@code {due}} (local time, zone named); how to call in by SMS.
     */
    CALL_IN_REMINDER(Map.of("title", 60, "due", 60), Set.of("title", "due"), null),
    /** The answer to an SMS reply that recorded (or confirmed) "safe". */
    REPLY_SAFE(Map.of("title", 60), Set.of()),
    /** The answer to an SMS reply that recorded (or confirmed) "needs help". */
    REPLY_NEEDS_HELP(Map.of("title", 60), Set.of()),
    /** The answer to an SMS reply whose text is none of the reply words: nothing was recorded. */
    REPLY_NOT_UNDERSTOOD(Map.of(), Set.of()),
    /** The answer to an SMS reply from a number no request is waiting on: nothing was recorded. */
    REPLY_NOTHING_WAITING(Map.of(), Set.of()),
    /** The answer to a call-in by SMS ("OK 14:30 PK12") recorded on the sender's movement: the time and its title. */
    CALL_IN_RECORDED(Map.of("time", 5, "title", 60), Set.of("time")),
    /** The answer to a call-in by SMS whose time cannot be read, or is ahead of now: nothing was recorded. */
    CALL_IN_NOT_UNDERSTOOD(Map.of(), Set.of()),
    /** The answer to a call-in by SMS from a person on no movement under way then: nothing was recorded. */
    CALL_IN_NO_MOVEMENT(Map.of(), Set.of()),
    /** The answer to a flash report by SMS ("FLASH ARMED ...") opened for the officer: its category code. */
    FLASH_REPORT_OPENED(Map.of("category", 30), Set.of()),
    /** The answer to a flash report by SMS without a known category word or text: nothing was recorded. */
    FLASH_NOT_UNDERSTOOD(Map.of(), Set.of()),
    /** The answer to a call-in or flash report by SMS from a number no person of the office has: nothing was recorded. */
    FIELD_NUMBER_UNKNOWN(Map.of(), Set.of());

    private final Map<String, Integer> placeholders;
    private final Set<String> required;
    private final Optional<String> list;
    private final int bound;

    MessageKind(Map<String, Integer> placeholders, Set<String> required) {
        this(placeholders, required, Optional.empty(), GsmText.SMS);
    }

    /** A notice kind, bound by two joined SMS, and a digest kind when {@code list} names its list. */
    MessageKind(Map<String, Integer> placeholders, Set<String> required, String list) {
        this(placeholders, required, Optional.ofNullable(list), GsmText.TWO_SMS);
    }

    MessageKind(Map<String, Integer> placeholders, Set<String> required, Optional<String> list, int bound) {
        Map<String, Integer> all = new java.util.TreeMap<>(placeholders);
        list.ifPresent(l -> all.put(l, 0));
        this.placeholders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(all));
        this.required = Set.copyOf(required);
        this.list = list;
        this.bound = bound;
    }

    /** The placeholders of a crisis team activation's notices (the scenario, trigger, seat and activation). */
    private static Map<String, Integer> activation() {
        return Map.of("scenario", 40, "trigger", 150, "role", 60, "activation", 36);
    }

    /** The placeholders of the reporting chain's notices (the report's office, codes, place and time). */
    private static Map<String, Integer> chain() {
        return Map.of("office", 32, "severity", 10, "category", 40, "title", 70, "place", 50, "at", 60, "count", 5,
                "source", 30, "verification", 20, "ref", 36);
    }

    /** The placeholders a template of this kind may use, by name, with the most characters each puts in. */
    public Map<String, Integer> placeholders() {
        return placeholders;
    }

    /** The placeholders a template of this kind must use. */
    public Set<String> required() {
        return required;
    }

    /**
     * The placeholder of a digest kind's list (counted as 0 characters: the list takes the rest of
     * each page), which its template must use once; empty for a kind that is one message.
     */
    public Optional<String> list() {
        return list;
    }

    /** The most septets a message of this kind takes (for a digest kind, each page without its list). */
    public int bound() {
        return bound;
    }

    /** The bound in words, for the problems of a template: "one SMS", "two joined SMS" or "three joined SMS". */
    public String boundName() {
        return switch (bound) {
            case GsmText.SMS -> "one SMS";
            case GsmText.TWO_SMS -> "two joined SMS";
            default -> "three joined SMS";
        };
    }
}
