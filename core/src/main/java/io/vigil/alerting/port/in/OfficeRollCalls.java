package io.vigil.alerting.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;

/**
 * One office's roll-calls open at an instant, counted without names: how many are open and, across
 * them, how many persons are affected (asked), how many answered, how many of those need help, and
 * how many are still silent. A person affected by two open roll-calls counts in each.
 */
public record OfficeRollCalls(OfficeId office, int open, long affected, long answered, long needsHelp) {
    public OfficeRollCalls {
        Require.nonNull(office, "office");
        Require.that(open >= 0, "open", "must not be negative");
        Require.that(answered >= 0 && answered <= affected, "answered", "must be between 0 and affected");
        Require.that(needsHelp >= 0 && needsHelp <= answered, "needsHelp", "must be between 0 and answered");
    }

    /** The affected who have not answered. */
    public long silent() {
        return affected - answered;
    }
}
