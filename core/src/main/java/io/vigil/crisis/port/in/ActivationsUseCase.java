package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/**
 * Activations of the crisis team: by hand or from an incident, every member of the team (principals
 * and alternates) told through the outbox on each channel they have an address for; their answers
 * tracked as check-ins are; a log; situation-report topics whose owners are reminded when an update
 * is due. At most {@link #MAX_OPEN} activations are open at once in an office.
 */
public interface ActivationsUseCase {
    /** The most activations open at once in an office. */
    int MAX_OPEN = 10;

    /**
     * Activates the team now and tells its members. Refused when the office has no team, or the plan
     * in force has no such scenario (naming {@code scenario} and the plan's scenarios). From an
     * incident, the incident report must be one of the office's that the actor may read (an unknown
     * one is invalid, naming {@code incident}); the activation keeps its id.
     */
    Activation activate(Actor actor, ActivationDetails details);

    /** One activation. */
    Activation get(Actor actor, ActivationId id);

    /** The office's activations, latest first. */
    Page<Activation> list(Actor actor, PageRequest page);

    /**
     * Records a member's answer: a member answers for themself; the officer, an associate or the
     * SOC may record it on their behalf. The same answer as their latest is not recorded again.
     */
    Activation answer(Actor actor, ActivationId id, AnswerDetails details);

    /** Adds a line to the log. */
    Activation note(Actor actor, ActivationId id, NoteDetails details);

    /** Adds a situation-report topic; its first update is due one cadence from now. */
    Activation addTopic(Actor actor, ActivationId id, TopicDetails details);

    /** Records a topic's update; the next one is due one cadence from now. */
    Activation updateTopic(Actor actor, ActivationId id, int topic, NoteDetails details);

    /** Stands the team down; the activation takes no more changes. */
    Activation standDown(Actor actor, ActivationId id, NoteDetails details);

    /**
     * Reminds the owner of every topic of the office's open activations whose update is due now,
     * on each channel they have an address for. Each reminder has a stable id (the activation, the
     * topic and the due time), so sweeping again queues nothing twice.
     */
    SweepReport remindDue(Actor actor);
}
