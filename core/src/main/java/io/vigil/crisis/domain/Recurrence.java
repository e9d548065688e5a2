package io.vigil.crisis.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.Require;
import java.time.LocalDate;
import java.util.Optional;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * An RFC 5545 recurrence rule ({@code FREQ=MONTHLY;INTERVAL=6}) of whole days, read strictly by
 * lib-recur: daily at the finest (a drill is never due by the hour), at most 200 characters. Its
 * occurrences are dates counted from a start date.
 */
public final class Recurrence {
    /** The longest rule, in characters. */
    public static final int MAX_RULE = 200;
    /** The most occurrences looked through for one due date. */
    static final int MAX_STEPS = 100_000;

    private final RecurrenceRule rule;

    private Recurrence(RecurrenceRule rule) {
        this.rule = rule;
    }

    /** The rule, or {@link InvalidValueException} naming {@code field} with what is wrong. */
    public static Recurrence parse(String text, String field) {
        String rule = Require.text(text, field, MAX_RULE);
        String body = rule.regionMatches(true, 0, "RRULE:", 0, 6) ? rule.substring(6) : rule;
        RecurrenceRule parsed;
        try {
            parsed = new RecurrenceRule(body, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be an RFC 5545 recurrence rule such as"
                    + " FREQ=MONTHLY;INTERVAL=6, was '" + rule + "'");
        }
        Freq freq = parsed.getFreq();
        Require.that(freq == Freq.DAILY || freq == Freq.WEEKLY || freq == Freq.MONTHLY || freq == Freq.YEARLY,
                field, "must recur DAILY, WEEKLY, MONTHLY or YEARLY, was " + freq);
        return new Recurrence(parsed);
    }

    /**
     * The first occurrence of the rule counted from {@code start} that falls after {@code after}
     * (or the first occurrence, when nothing is given); empty when the rule has ended before then
     * ({@code COUNT}, {@code UNTIL}) or no occurrence is found within {@link #MAX_STEPS}.
     */
    public Optional<LocalDate> firstAfter(LocalDate start, Optional<LocalDate> after) {
        RecurrenceRuleIterator it = rule.iterator(new DateTime(start.getYear(), start.getMonthValue() - 1,
                start.getDayOfMonth()));
        for (int step = 0; step < MAX_STEPS && it.hasNext(); step++) {
            DateTime next = it.nextDateTime();
            LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
            if (after.isEmpty() || date.isAfter(after.get())) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return rule.toString();
    }
}
