package io.vigil.incident.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A follow-up action on an incident, or a corrective measure of an enquiry: its number in its
 * list (from 1), what is to be done, who owns it, when it is due, with whom it was agreed (a local
 * authority, for a corrective measure; empty otherwise) and when it was done.
 */
public record FollowUpAction(int number, String description, String owner, Instant due,
                             Optional<String> agreedWith, Optional<Instant> doneAt) {
    public FollowUpAction {
        Require.that(number >= 1, "number", "must be at least 1");
        description = Require.text(description, "description", 1000);
        owner = Require.text(owner, "owner", 200);
        Require.nonNull(due, "due");
        agreedWith = agreedWith == null ? Optional.empty() : agreedWith.map(a -> Require.text(a, "agreedWith", 200));
        doneAt = doneAt == null ? Optional.empty() : doneAt;
    }

    /** Whether it is still to be done. */
    public boolean open() {
        return doneAt.isEmpty();
    }

    /** Whether it is open and its due time has passed at {@code now}. */
    public boolean overdue(Instant now) {
        return open() && now.isAfter(due);
    }

    /** The action done at {@code at}. */
    public FollowUpAction done(Instant at) {
        return new FollowUpAction(number, description, owner, due, agreedWith, Optional.of(at));
    }
}
