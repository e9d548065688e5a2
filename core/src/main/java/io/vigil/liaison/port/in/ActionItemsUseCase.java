package io.vigil.liaison.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.MeetingId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Action items raised at meetings (at most {@value ActionItem#MAX_PER_MEETING} per meeting) and tasks
 * the officer gives the field security associates they supervise (at most {@value #MAX_ITEMS} items
 * of both kinds per office): one owner (a person of the office), a due date and a status, every change
 * logged (who, when, from, to). The security roles read and write them all; a staff member reads the
 * items they own. Both kinds count the same in "my actions" and "overdue actions".
 */
public interface ActionItemsUseCase {
    /** The most items an office keeps. */
    int MAX_ITEMS = 20_000;

    /** Raises an action item at a meeting. */
    ActionItem raise(Actor actor, MeetingId meeting, ActionItemDetails details);

    /** Gives a task to a field security associate (the owner). */
    ActionItem assign(Actor actor, ActionItemDetails details);

    /** One item, with its change log. */
    ActionItem get(Actor actor, ActionItemId id);

    /** Changes an item's owner, due date or status at the expected version, logging each change. */
    ActionItem change(Actor actor, ActionItemId id, long expectedVersion, ActionChangeDetails details);

    /** A page of the office's items, by opening. */
    Page<ActionItem> list(Actor actor, PageRequest page);

    /** The open items (of both kinds) the actor's person owns, earliest due first. */
    List<ActionItem> mine(Actor actor);

    /** The office's items (of both kinds) overdue at {@code at}: still open, due before that UTC day; earliest due first. */
    List<ActionItem> overdue(Actor actor, Instant at);

    /**
     * How many items (of both kinds) are overdue at {@code at} in each office asked (at most
     * {@value io.vigil.kernel.OfficeSelection#MAX}, each once), each on its own office's day, ordered by
     * office id, an office with none counting zero: one read for all the offices (the SOC's overview).
     * Counts name nobody: they are liaison activity figures, for the SOC in every office and for
     * managers and the security roles in their own; a refusal names the first office refused. Not
     * audited, as no read of counts is.
     */
    Map<OfficeId, Integer> overdueCounts(Actor actor, Collection<OfficeId> offices, Instant at);

    /** The associates' tasks, of one associate or of all, earliest due first; open ones only unless {@code all}. */
    List<ActionItem> tasks(Actor actor, Optional<PersonId> associate, boolean all);
}
