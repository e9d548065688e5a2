package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Duration;

/**
 * Relocation and evacuation: the office's arrangements (areas with assembly points, safe havens,
 * routes and transport; the priority order), declarations for an area at an instant, each building
 * its list from the locator with households kept together against the seats of the area's
 * transport (those no seat is found for are the shortfall, listed, never dropped), and each
 * person's state tracked until everyone is accounted for.
 *
 * <p>Need to know: every member of the office reads the arrangements; the security roles and the
 * SOC declare, read the lists (names and where the locator placed each person) and record states;
 * managers read figures and shortfall naming nobody; a staff member reads their own entry and
 * their dependents'. Each list read is audited naming every person it shows.
 */
public interface RelocationUseCase {
    /** The most persons on one list: an area holding more is refused (declare for smaller areas). */
    int MAX_PERSONS = Relocation.MAX_PERSONS;
    /** How far from now the instant of a list may be, either side. */
    Duration MAX_OFFSET = Duration.ofDays(7);

    /** The office's arrangements (version 0 and the default priority order when none were made). */
    RelocationPlan plan(Actor actor);

    /** Sets the arrangements at their expected version; a warden zone named must be one of the office. */
    RelocationPlan setPlan(Actor actor, long expectedVersion, RelocationPlanDetails details);

    /**
     * Declares relocation or evacuation for an area and builds its list: the persons the locator
     * places in the area at the instant (through the people context, as the actor), households kept
     * whole and seated in the priority order in the area's transport. Refused (409) when the area
     * holds more than {@link #MAX_PERSONS} persons or the activation it is declared from is stood down.
     */
    Relocation declare(Actor actor, RelocationDeclaration details);

    /** A relocation with its whole list. */
    Relocation get(Actor actor, RelocationId id);

    /** A relocation's figures and shortfall, naming nobody. */
    RelocationSummary summary(Actor actor, RelocationId id);

    /** The office's relocations as summaries, latest declared first. */
    Page<RelocationSummary> list(Actor actor, PageRequest page);

    /** The actor's own entry on a relocation's list, and their dependents'. */
    RelocationEntries own(Actor actor, RelocationId id);

    /**
     * Records a person's state (moved, arrived, not found, stays, or back to be moved), after those
     * recorded before; the same state as their latest with no note records nothing.
     */
    RecordedStatus record(Actor actor, RelocationId id, EvacueeStatusDetails details);
}
