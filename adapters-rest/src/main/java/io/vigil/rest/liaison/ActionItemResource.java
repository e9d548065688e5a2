package io.vigil.rest.liaison;

import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.ActionChange;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An action item or associate task, as the API shows it, with its change log and whether it is overdue
 * now (its due day passed in the office's zone).
 */
public record ActionItemResource(String id, String office, long version, ActionKind kind, Optional<String> meeting,
                                 String title, PersonId owner, LocalDate due, ActionStatus status, boolean overdue,
                                 Instant openedAt, String openedBy, List<ActionChange> changes) implements Identified {

    /** The item as shown at {@code now}, its due day a day of the office's {@code zone}. */
    public static ActionItemResource from(ActionItem a, Instant now, ZoneId zone) {
        return new ActionItemResource(a.id().toString(), a.office().value(), a.version(), a.kind(),
                a.meeting().map(Object::toString), a.title(), a.owner(), a.due(), a.status(), a.overdue(now, zone),
                a.openedAt(), a.openedBy(), a.changes());
    }
}
