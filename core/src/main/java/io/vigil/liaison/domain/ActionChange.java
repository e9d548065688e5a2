package io.vigil.liaison.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/**
 * One change of an action item, as logged: when, by whom, which field, and its value before and
 * after (a person id, an ISO date or a status name).
 */
public record ActionChange(Instant at, String by, ActionField field, String from, String to) {
    public ActionChange {
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        Require.nonNull(field, "field");
        from = Require.text(from, "from", 100);
        to = Require.text(to, "to", 100);
        Require.that(!from.equals(to), "to", "must differ from the value before");
    }
}
