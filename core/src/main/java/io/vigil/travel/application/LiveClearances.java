package io.vigil.travel.application;

import io.vigil.awareness.event.TrainingChanged;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.event.DomainEvent;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.risk.event.RiskEvent;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps clearances live: re-decides an office's clearances whose trip has not ended when an input
 * changes there: an assessment approved or superseded, a restricted area drawn, changed or removed
 * (risk's events), a completion recorded, corrected or removed (awareness's), an air operator or a
 * waiver changed (this context's own stores). On the kernel's in-process bus the events arrive at
 * once; with another publisher, the host runs {@code redecide} on its schedule. A re-decision that
 * fails is logged and left to the next one: the change that triggered it stands.
 */
final class LiveClearances {
    private static final Logger LOG = LoggerFactory.getLogger(LiveClearances.class);

    private final ClearanceService clearances;
    private final Clock clock;

    LiveClearances(ClearanceService clearances, Clock clock) {
        this.clearances = clearances;
        this.clock = clock;
    }

    /** Subscribes to risk's and awareness's events, when the publisher is the in-process bus. */
    void subscribe(DomainEventPublisher events) {
        if (events instanceof InProcessEventBus bus) {
            bus.subscribe(RiskEvent.AssessmentChanged.class, e -> redecide(e, "assessment " + e.assessment() + " "
                    + e.status().toLowerCase(java.util.Locale.ROOT)));
            bus.subscribe(RiskEvent.RestrictedAreaChanged.class, e -> redecide(e, "restricted area " + e.area()
                    + " changed"));
            bus.subscribe(TrainingChanged.class, e -> redecide(e, "training record of " + e.person() + " changed"));
        }
    }

    void operatorsChanged(Actor actor) {
        redecide(actor.office(), "air operators changed");
    }

    void waiversChanged(Actor actor) {
        redecide(actor.office(), "waivers changed");
    }

    private void redecide(DomainEvent e, String trigger) {
        redecide(e.office(), trigger);
    }

    private void redecide(OfficeId office, String trigger) {
        try {
            clearances.redecide(RulesInputs.actor(office), clock.instant(), trigger);
        } catch (RuntimeException ex) {
            LOG.warn("Re-deciding the clearances of office {} after '{}' failed ({}); the next re-decision takes"
                    + " them up", office, trigger, ex.toString());
        }
    }
}
