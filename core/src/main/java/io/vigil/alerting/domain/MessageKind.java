package io.vigil.alerting.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A kind of message Vigil sends, written from a template per language. Each kind names the
 * placeholders its template may use, with the most characters a value may put in the text, and
 * those it must use; every kind is an SMS, so a template with its placeholders at their longest
 * fits in {@link GsmText#SMS} septets.
 */
public enum MessageKind {
    /** The question of a scheduled communication test. */
    COMMUNICATION_TEST_REQUEST(Map.of("title", 60, "name", 40), Set.of("title")),
    /** The question of a roll-call after an incident. */
    ROLL_CALL_REQUEST(Map.of("title", 60, "name", 40), Set.of("title")),
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

    MessageKind(Map<String, Integer> placeholders, Set<String> required) {
        this.placeholders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new java.util.TreeMap<>(
                placeholders)));
        this.required = Set.copyOf(required);
    }

    /** The placeholders a template of this kind may use, by name, with the most characters each puts in. */
    public Map<String, Integer> placeholders() {
        return placeholders;
    }

    /** The placeholders a template of this kind must use. */
    public Set<String> required() {
        return required;
    }

    /** The most septets a message of this kind takes. */
    public int bound() {
        return GsmText.SMS;
    }
}
