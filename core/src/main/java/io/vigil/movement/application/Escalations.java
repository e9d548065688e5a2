package io.vigil.movement.application;

import io.vigil.alerting.port.in.EscalateSilenceUseCase;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.SilenceDetails;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementId;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.movement.domain.OverdueEpisode;
import io.vigil.movement.domain.OverdueEscalation;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.Reachable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalation of overdue movements by the clock: opens the episode of a movement whose deadline
 * passed, asks {@link OverdueEscalation} which steps are due, has the alerting context send each
 * through the roll-call's escalation plan (with the movement's passengers, convoy leader and
 * drivers named), and records on the episode each step that reached someone; a step that found
 * nobody on call stays due, so the next sweep tries again.
 */
final class Escalations {
    /** How long before a call-in is due its reminder goes, at most. */
    static final Duration REMIND_BEFORE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(Escalations.class);

    private final MovementPorts ports;
    private final GuardedRecords<MovementId, Movement> records;
    private final EscalateSilenceUseCase silences;
    private final NoticesUseCase notices;
    private final ContactDirectoryUseCase directory;
    private final ManageOfficesUseCase offices;
    private final Clock clock;

    Escalations(MovementPorts ports, GuardedRecords<MovementId, Movement> records, EscalateSilenceUseCase silences,
                NoticesUseCase notices, ContactDirectoryUseCase directory, ManageOfficesUseCase offices,
                Clock clock) {
        this.offices = offices;
        this.ports = ports;
        this.records = records;
        this.silences = silences;
        this.notices = notices;
        this.directory = directory;
        this.clock = clock;
    }

    /** The sweep over the actor's office's tracked movements. */
    EscalationReport escalateAll(Actor actor) {
        records.requireOffice(actor, Operation.WRITE, AuditAction.UPDATE, actor.office().value());
        Instant now = clock.instant();
        int sent = 0;
        List<String> warnings = new ArrayList<>();
        Duration leaderAfter = Duration.ofMinutes(SettingsService.current(ports.settings(), offices, actor)
                .leaderAfterMinutes());
        for (Movement m : ports.movements().tracked(actor.office())) {
            if (reminderDue(m, now)) {
                try {
                    sent += remind(actor, m);
                } catch (RuntimeException e) {
                    // a reminder that cannot go never holds back the escalation of this or another movement
                    warnings.add("movement " + m.id() + ": its call-in reminder could not be queued (" + e.getMessage()
                            + "); the next sweep tries again while it is due");
                    LOG.warn("Movement {}: its call-in reminder could not be queued", m.id(), e);
                }
            }
            if (!due(m, now, leaderAfter)) {
                continue; // nothing to send: no access needed, nothing audited on this sweep
            }
            try {
                records.require(actor, Operation.WRITE, m, AuditAction.UPDATE);
                EscalationReport r = escalate(actor, m);
                sent += r.sent();
                warnings.addAll(r.warnings());
            } catch (VersionConflictException e) {
                warnings.add("movement " + m.id() + " changed during the sweep; the next sweep escalates it");
            }
        }
        if (sent > 0) {
            LOG.info("Movement sweep of office {} queued {} messages", actor.office(), sent);
        }
        return new EscalationReport(sent, warnings);
    }

    /**
     * How long before a call-in is due its reminder goes: {@link #REMIND_BEFORE}, or half the
     * movement's interval between call-ins when that is shorter (so it never follows the last one).
     */
    static Duration reminderLead(Movement m) {
        Duration half = Duration.ofMinutes(m.schedule().everyMinutes()).dividedBy(2);
        return half.compareTo(REMIND_BEFORE) < 0 ? half : REMIND_BEFORE;
    }

    /** Whether the movement is under way, not overdue, and its next call-in is due within its lead. */
    private static boolean reminderDue(Movement m, Instant now) {
        if (m.statusAt(now) != MovementStatus.UNDER_WAY) {
            return false;
        }
        Instant due = m.nextDue();
        return now.isBefore(due) && !now.isBefore(due.minus(reminderLead(m)));
    }

    /**
     * Reminds the movement's passengers and convoy leader (each in their language, by SMS, e-mail and
     * app) that its next call-in is due; one reminder per call-in, whatever the sweeps.
     */
    private int remind(Actor actor, Movement m) {
        records.require(actor, Operation.READ, m, AuditAction.READ);
        Instant due = m.nextDue();
        return notices.tell(actor, "movement-" + m.id() + "-reminder-" + due.getEpochSecond(), m.persons(),
                TemplatedNotice.CALL_IN_REMINDER, Map.of("title", m.title()), Map.of("due", due)).queued();
    }

    /** Whether the movement has an episode to open or a step due at {@code now}. */
    private static boolean due(Movement m, Instant now, Duration leaderAfter) {
        if (m.statusAt(now) != MovementStatus.OVERDUE && m.openEpisode().isEmpty()) {
            return false;
        }
        return m.trackedAt(now).openEpisode().map(e -> !new OverdueEscalation(leaderAfter).dueAt(e, now).isEmpty())
                .orElse(false);
    }

    /** Escalates one movement (its access already checked). */
    EscalationReport escalate(Actor actor, Movement m) {
        Instant now = clock.instant();
        Movement tracked = m.trackedAt(now);
        if (tracked.openEpisode().isEmpty()) {
            return new EscalationReport(0, List.of());
        }
        OverdueEpisode episode = tracked.openEpisode().get();
        MovementSettings settings = SettingsService.current(ports.settings(), offices, actor);
        Duration leaderAfter = Duration.ofMinutes(settings.leaderAfterMinutes());
        List<OverdueEscalation.Step> due = new OverdueEscalation(leaderAfter).dueAt(episode, now);
        int sent = 0;
        List<String> warnings = new ArrayList<>();
        OverdueEpisode next = episode;
        if (!due.isEmpty()) {
            List<SilenceDetails.Silent> silent = silent(actor, tracked);
            // one key per episode, whatever the log dropped: the second of its deadline
            String key = "movement-" + tracked.id() + "-" + episode.since().getEpochSecond();
            String subject = tracked.title();
            Duration grace = Duration.between(episode.due(), episode.since());
            for (OverdueEscalation.Step step : due) {
                boolean officer = step == OverdueEscalation.Step.OFFICER_ON_CALL;
                EscalationReport r = silences.escalate(actor, new SilenceDetails(key + (officer ? "-officer" : "-leader"),
                        subject, episode.due(), officer ? grace : grace.plus(leaderAfter),
                        officer ? SilenceDetails.Recipients.OFFICER_ON_CALL
                                : SilenceDetails.Recipients.CRISIS_TEAM_LEADER, silent));
                sent += r.sent();
                warnings.addAll(r.warnings());
                if (r.warnings().isEmpty()) {
                    next = officer ? next.withOfficerAlerted(now) : next.withLeaderAlerted(now);
                }
            }
        }
        Movement result = tracked.withOpenEpisode(next);
        if (!result.equals(m)) {
            ports.movements().save(result);
        }
        warnings.forEach(w -> LOG.warn("Movement {}: {}", m.id(), w));
        return new EscalationReport(sent, warnings);
    }

    /** The persons a notice names: the passengers and convoy leader (as the directory names them), then the drivers. */
    private List<SilenceDetails.Silent> silent(Actor actor, Movement m) {
        Map<PersonId, String> names = new LinkedHashMap<>();
        m.persons().forEach(p -> names.put(p, "person " + p));
        for (Reachable r : directory.persons(actor, m.persons())) {
            names.put(r.person(), r.displayName());
        }
        for (var id : m.drivers()) {
            ports.drivers().findById(id).ifPresent(d -> names.putIfAbsent(d.person(), d.name() + " (driver)"));
        }
        return names.entrySet().stream().map(e -> new SilenceDetails.Silent(e.getKey(), e.getValue())).toList();
    }
}
