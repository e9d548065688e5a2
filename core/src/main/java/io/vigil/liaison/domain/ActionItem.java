package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An action item raised at a meeting, or a task the officer gave a field security associate: one
 * owner, a due date and a status, opened at {@code openedAt} (always {@link ActionStatus#OPEN} then),
 * with every later change of owner, due date or status logged in order (at most
 * {@value #MAX_CHANGES}). Its state at any past instant is the current one with the later changes
 * undone, so figures "as of" a date do not move when it changes again.
 */
public record ActionItem(ActionItemId id, OfficeId office, long version, ActionKind kind, Optional<MeetingId> meeting,
                         String title, PersonId owner, LocalDate due, ActionStatus status, Instant openedAt,
                         String openedBy, List<ActionChange> changes) implements Versioned<ActionItemId, ActionItem> {
    /** The most changes an item logs. */
    public static final int MAX_CHANGES = 200;
    /** The most items one meeting raises. */
    public static final int MAX_PER_MEETING = 200;
    /** The order of meetings' items and of the lists: by opening, ties by id. */
    public static final Comparator<ActionItem> BY_OPENING = Comparator.comparing(ActionItem::openedAt)
            .thenComparing(a -> a.id().toString());
    /** The order of the lists of things to do: earliest due first, then by opening. */
    public static final Comparator<ActionItem> BY_DUE = Comparator.comparing(ActionItem::due).thenComparing(BY_OPENING);

    public ActionItem {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(kind, "kind");
        Require.nonNull(meeting, "meeting");
        Require.that(meeting.isPresent() == (kind == ActionKind.MEETING_ACTION), "meeting",
                "must be given for a meeting's action item and only for it");
        title = Require.text(title, "title", 300);
        Require.nonNull(owner, "owner");
        Require.nonNull(due, "due");
        Require.nonNull(status, "status");
        Require.nonNull(openedAt, "openedAt");
        openedBy = Require.text(openedBy, "openedBy", 200);
        changes = Require.noNulls(changes, "changes");
        Require.that(changes.size() <= MAX_CHANGES, "changes", "must be at most " + MAX_CHANGES);
        for (int i = 0; i < changes.size(); i++) {
            Require.that(!changes.get(i).at().isBefore(i == 0 ? openedAt : changes.get(i - 1).at()), "changes",
                    "must be in the order they were made, after the item was opened");
        }
        Require.that(replay(owner, due, status, changes, openedAt, true).status() == ActionStatus.OPEN,
                "status", "must have been OPEN when the item was opened");
    }

    /** A new item, open, with no change yet. */
    public static ActionItem open(ActionItemId id, OfficeId office, ActionKind kind, Optional<MeetingId> meeting,
                                  String title, PersonId owner, LocalDate due, Instant at, String by) {
        return new ActionItem(id, office, 0, kind, meeting, title, owner, due, ActionStatus.OPEN, at, by, List.of());
    }

    /** The current state. */
    public ActionState state() {
        return new ActionState(owner, due, status);
    }

    /**
     * The state at {@code at}: the current one with every change made after {@code at} undone; empty
     * before the item was opened.
     */
    public Optional<ActionState> stateAt(Instant at) {
        return at.isBefore(openedAt) ? Optional.empty() : Optional.of(replay(owner, due, status, changes, at, false));
    }

    /** The state with the changes after {@code at} undone (all of them when {@code opening}). */
    private static ActionState replay(PersonId owner, LocalDate due, ActionStatus status, List<ActionChange> changes,
                                      Instant at, boolean opening) {
        PersonId o = owner;
        LocalDate d = due;
        ActionStatus s = status;
        for (int i = changes.size() - 1; i >= 0; i--) {
            ActionChange c = changes.get(i);
            if (!opening && !c.at().isAfter(at)) {
                break;
            }
            switch (c.field()) {
                case OWNER -> o = PersonId.of(c.from());
                case DUE -> d = LocalDate.parse(c.from());
                case STATUS -> s = ActionStatus.valueOf(c.from());
            }
        }
        return new ActionState(o, d, s);
    }

    /** When it was last closed (done or dropped), if it is closed now. */
    public Optional<Instant> closedAt() {
        if (status.open()) {
            return Optional.empty();
        }
        return changes.stream().filter(c -> c.field() == ActionField.STATUS).reduce((a, b) -> b).map(ActionChange::at);
    }

    /** Whether it is still to be done and overdue at {@code at}, its due day a day of the office's {@code zone}. */
    public boolean overdue(Instant at, java.time.ZoneId zone) {
        return state().overdue(at, zone);
    }

    /**
     * The item with the given fields changed (an absent one, or one equal to the current value, is
     * left as it is), each change logged; the same item when nothing changes.
     */
    public ActionItem change(Optional<PersonId> newOwner, Optional<LocalDate> newDue, Optional<ActionStatus> newStatus,
                             Instant at, String by) {
        Require.that(!at.isBefore(changes.isEmpty() ? openedAt : changes.get(changes.size() - 1).at()), "at",
                "must not be before the item's last change");
        List<ActionChange> more = new ArrayList<>(changes);
        PersonId o = newOwner.orElse(owner);
        LocalDate d = newDue.orElse(due);
        ActionStatus s = newStatus.orElse(status);
        if (!o.equals(owner)) {
            more.add(new ActionChange(at, by, ActionField.OWNER, owner.toString(), o.toString()));
        }
        if (!d.equals(due)) {
            more.add(new ActionChange(at, by, ActionField.DUE, due.toString(), d.toString()));
        }
        if (s != status) {
            more.add(new ActionChange(at, by, ActionField.STATUS, status.name(), s.name()));
        }
        if (more.size() == changes.size()) {
            return this;
        }
        Require.that(more.size() <= MAX_CHANGES, "changes", "the item already logs " + changes.size()
                + " changes; at most " + MAX_CHANGES + " are kept");
        return new ActionItem(id, office, version, kind, meeting, title, o, d, s, openedAt, openedBy, more);
    }

    @Override
    public ActionItem withVersion(long newVersion) {
        return new ActionItem(id, office, newVersion, kind, meeting, title, owner, due, status, openedAt, openedBy,
                changes);
    }
}
