package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An activation of the crisis team: by hand or from an incident (the incident report's id, checked
 * by the service when activating), with who
 * activated it, when, the trigger and the plan's scenario; the members told, with their answers;
 * the log; the situation-report topics, each with its owner and next update; and, once over, when
 * it was stood down. A stood-down activation takes no more changes.
 */
public record Activation(ActivationId id, OfficeId office, long version, Optional<String> incident, String scenario,
                         String trigger, String activatedBy, Instant activatedAt, List<MemberCall> members,
                         List<LogEntry> log, List<SitrepTopic> topics, Optional<Instant> stoodDownAt)
        implements Versioned<ActivationId, Activation> {
    /** The shape of an incident reference: letters, digits and dashes, at most 64. */
    public static final Pattern INCIDENT_REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
    /** The most lines of an activation's log. */
    public static final int MAX_LOG = 500;
    /** The most situation-report topics of an activation. */
    public static final int MAX_TOPICS = 30;
    /** The most members told of an activation (six seats, each with its alternates). */
    public static final int MAX_MEMBERS = TeamRole.values().length * (TeamSeat.MAX_ALTERNATES + 1);

    public Activation {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        incident = Require.nonNull(incident, "incident").map(String::strip);
        incident.ifPresent(Activation::checkIncident);
        scenario = Require.text(scenario, "scenario", 100);
        trigger = Require.text(trigger, "trigger", 500);
        activatedBy = Require.text(activatedBy, "activatedBy", 200);
        Require.nonNull(activatedAt, "activatedAt");
        members = Require.noNulls(members, "members");
        Require.that(members.size() <= MAX_MEMBERS, "members", "must be at most " + MAX_MEMBERS);
        Require.that(members.stream().map(MemberCall::person).distinct().count() == members.size(), "members",
                "must name each person once");
        log = Require.noNulls(log, "log");
        Require.that(log.size() <= MAX_LOG, "log", "must have at most " + MAX_LOG + " lines");
        topics = Require.noNulls(topics, "topics");
        Require.that(topics.size() <= MAX_TOPICS, "topics", "must be at most " + MAX_TOPICS);
        for (int i = 0; i < topics.size(); i++) {
            Require.that(topics.get(i).number() == i + 1, "topics", "must be numbered 1, 2, ... in order");
        }
        Require.nonNull(stoodDownAt, "stoodDownAt");
    }

    /** Throws naming {@code incident} unless the reference has the shape of {@link #INCIDENT_REFERENCE}. */
    public static void checkIncident(String reference) {
        Require.that(INCIDENT_REFERENCE.matcher(reference).matches(), "incident",
                "must be 1 to 64 letters, digits and dashes, starting with a letter or digit");
    }

    /** Whether the team is still activated. */
    public boolean open() {
        return stoodDownAt.isEmpty();
    }

    /** The member told of it, if the person was. */
    public Optional<MemberCall> member(PersonId person) {
        return members.stream().filter(m -> m.person().equals(person)).findFirst();
    }

    /** The members who have not answered yet. */
    public List<MemberCall> awaiting() {
        return members.stream().filter(m -> m.answer().isEmpty()).toList();
    }

    /** The topics whose next update is due at {@code at}, while the team is activated. */
    public List<SitrepTopic> dueTopics(Instant at) {
        return open() ? topics.stream().filter(t -> t.dueAt(at)).toList() : List.of();
    }

    /**
     * The member's answer recorded (by themself or on their behalf) and logged; the same answer as
     * their latest is not recorded again, and this activation is returned unchanged.
     */
    public Activation answer(PersonId person, MemberAnswer answer, String by, Instant at) {
        requireOpen();
        MemberCall call = member(person).orElseThrow(() -> RefusedException.because(
                "person " + person + " was not told of this activation"));
        if (call.answer().equals(Optional.of(answer))) {
            return this;
        }
        List<MemberCall> next = new ArrayList<>(members);
        next.set(members.indexOf(call), call.answered(answer, at, by));
        return with(next, logged(at, by, call.role() + (call.alternate() ? " (alternate) " : " ") + person
                + " answered " + answer), topics, stoodDownAt);
    }

    /** A line added to the log. */
    public Activation note(String text, String by, Instant at) {
        requireOpen();
        return with(members, logged(at, by, text), topics, stoodDownAt);
    }

    /** A new situation-report topic, its first update due one cadence after {@code at}. */
    public Activation addTopic(String title, PersonId owner, int cadenceMinutes, String by, Instant at) {
        requireOpen();
        if (topics.size() >= MAX_TOPICS) {
            throw RefusedException.because("the activation already has " + MAX_TOPICS + " topics");
        }
        List<SitrepTopic> next = new ArrayList<>(topics);
        SitrepTopic topic = new SitrepTopic(topics.size() + 1, title, owner, cadenceMinutes,
                at.plusSeconds(60L * cadenceMinutes), Optional.empty(), Optional.empty());
        next.add(topic);
        return with(members, logged(at, by, "topic " + topic.number() + " \"" + topic.title() + "\" owned by "
                + owner + ", every " + cadenceMinutes + " min"), next, stoodDownAt);
    }

    /** A topic's update recorded and logged: its next update is due one cadence later. */
    public Activation updateTopic(int number, String summary, String by, Instant at) {
        requireOpen();
        Require.that(number >= 1 && number <= topics.size(), "topic", "must be a topic of the activation, 1 to "
                + topics.size() + ", was " + number);
        List<SitrepTopic> next = new ArrayList<>(topics);
        SitrepTopic topic = topics.get(number - 1).updated(summary, at);
        next.set(number - 1, topic);
        return with(members, logged(at, by, "sitrep " + number + " \"" + topic.title() + "\": " + topic.lastSummary()
                .orElseThrow()), next, stoodDownAt);
    }

    /** The team stood down at {@code at}. */
    public Activation standDown(String reason, String by, Instant at) {
        requireOpen();
        return with(members, logged(at, by, "stood down: " + reason), topics, Optional.of(at));
    }

    private List<LogEntry> logged(Instant at, String by, String text) {
        if (log.size() >= MAX_LOG) {
            throw RefusedException.because("the activation's log is full (" + MAX_LOG + " lines)");
        }
        List<LogEntry> next = new ArrayList<>(log);
        next.add(new LogEntry(at, by, text.length() > LogEntry.MAX_TEXT ? text.substring(0, LogEntry.MAX_TEXT) : text));
        return next;
    }

    private void requireOpen() {
        if (!open()) {
            throw RefusedException.because("the team was stood down at " + stoodDownAt.orElseThrow());
        }
    }

    private Activation with(List<MemberCall> m, List<LogEntry> l, List<SitrepTopic> t, Optional<Instant> down) {
        return new Activation(id, office, version, incident, scenario, trigger, activatedBy, activatedAt, m, l, t, down);
    }

    @Override
    public Activation withVersion(long newVersion) {
        return new Activation(id, office, newVersion, incident, scenario, trigger, activatedBy, activatedAt, members,
                log, topics, stoodDownAt);
    }
}
