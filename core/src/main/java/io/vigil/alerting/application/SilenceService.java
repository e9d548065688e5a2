package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.EscalationPlan;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.port.in.EscalateSilenceUseCase;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.in.SilenceDetails;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.Reachable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Another context's silence through the roll-call's {@link EscalationPlan}: its officer step, to
 * the shifts the silence names, with the silent persons' phones from the contact directory, worded
 * from the office's {@link MessageKind#CALL_IN_OVERDUE} template in its default language (a shift
 * is a duty phone, not a person with a language), the deadline in the office's local time.
 */
final class SilenceService implements EscalateSilenceUseCase {
    static final String TYPE = "silence";
    /** The on-call function that marks the crisis team leader's shifts. */
    static final String LEADER_FUNCTION = "crisis team leader";

    private final OnCallRoster roster;
    private final Broadcaster broadcaster;
    private final ContactDirectoryUseCase directory;
    private final AccessGuard guard;
    private final Clock clock;

    SilenceService(OnCallRoster roster, Broadcaster broadcaster, ContactDirectoryUseCase directory, AccessGuard guard,
                   Clock clock) {
        this.roster = roster;
        this.broadcaster = broadcaster;
        this.directory = directory;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public EscalationReport escalate(Actor actor, SilenceDetails silence) {
        guard.require(actor, Operation.WRITE, AlertingData.ACCOUNTABILITY, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, silence.key());
        Instant now = clock.instant();
        List<OnCallShift> shifts = recipients(roster.coveringAt(actor.office(), now), silence.recipients());
        List<EscalationPlan.Silent> silent = silence.persons().stream()
                .map(p -> new EscalationPlan.Silent(p.person(), p.name(), Optional.empty())).toList();
        EscalationPlan plan = new EscalationPlan(silence.subject(), silence.since(), silence.after(), silence.after(),
                Set.of(Channel.SMS));
        Map<PersonId, Optional<String>> phones = new HashMap<>();
        EscalationPlan.Outcome outcome = plan.at(now, new EscalationPlan.Taken(true, false), silent,
                zone -> List.of(), shifts, person -> phoneOf(actor, silent, phones, person));
        List<String> warnings = new ArrayList<>();
        if (shifts.isEmpty()) {
            warnings.add(silence.recipients() == SilenceDetails.Recipients.CRISIS_TEAM_LEADER
                    ? "no crisis team leader is on call at " + now + " to be told that \"" + silence.subject()
                            + "\" missed its call-in"
                    : "nobody is on call at " + now + " to be told that \"" + silence.subject()
                            + "\" missed its call-in");
        }
        int sent = 0;
        MessageTexts texts = broadcaster.texts();
        MessageSettings settings = texts.settings(actor.office());
        Map<String, String> values = Map.of("title", silence.subject(), "due", texts.at(actor.office(), silence.since()),
                "minutes", Long.toString(silence.after().toMinutes()));
        for (EscalationPlan.Notice notice : outcome.notices()) {
            sent += send(actor, silence.key() + "-" + notice.key(), MessageTexts.digest(settings,
                    MessageKind.CALL_IN_OVERDUE, Optional.empty(), values, notice));
        }
        return new EscalationReport(sent, warnings);
    }

    /** The shifts told: the crisis team leader's, or every other shift (every shift when only the leader's are on). */
    static List<OnCallShift> recipients(List<OnCallShift> onCall, SilenceDetails.Recipients who) {
        List<OnCallShift> leaders = onCall.stream().filter(SilenceService::leader).toList();
        if (who == SilenceDetails.Recipients.CRISIS_TEAM_LEADER) {
            return leaders;
        }
        List<OnCallShift> others = onCall.stream().filter(s -> !leader(s)).toList();
        return others.isEmpty() ? onCall : others;
    }

    private static boolean leader(OnCallShift shift) {
        return shift.function().toLowerCase(Locale.ROOT).contains(LEADER_FUNCTION);
    }

    private Optional<String> phoneOf(Actor actor, List<EscalationPlan.Silent> silent,
                                     Map<PersonId, Optional<String>> phones, PersonId person) {
        if (phones.isEmpty()) {
            silent.forEach(p -> phones.put(p.person(), Optional.empty()));
            for (Reachable r : directory.persons(actor, silent.stream().map(EscalationPlan.Silent::person).toList())) {
                phones.put(r.person(), Broadcaster.address(r, Channel.SMS));
            }
        }
        return phones.getOrDefault(person, Optional.empty());
    }

    private int send(Actor actor, String id, EscalationPlan.Notice notice) {
        EscalationPlan.Recipient.OnCall shift = (EscalationPlan.Recipient.OnCall) notice.to();
        List<String> pages = notice.pages(EscalationPlan.PAGE_LENGTH.get(Channel.SMS));
        int sent = 0;
        for (int k = 0; k < pages.size(); k++) {
            if (broadcaster.send(pages.size() == 1 ? id : id + "-" + (k + 1), actor.office(), Optional.empty(),
                    Channel.SMS, shift.phone(), pages.get(k))) {
                sent++;
            }
        }
        return sent;
    }
}
