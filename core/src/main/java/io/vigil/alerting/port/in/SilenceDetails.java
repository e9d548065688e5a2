package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Another context's tracked silence, to escalate with the roll-call's escalation plan: {@code key}
 * names it among the office's messages (letters, digits and dashes; the same on every sweep, so a
 * resend is recognised), {@code subject} the title of what missed its call-in (a movement's; the
 * messages are worded from the {@code CALL_IN_OVERDUE} template), {@code since} when the
 * call-in was due, {@code after} how long the silence has lasted when this step is taken, and
 * {@code persons} the silent persons. {@code recipients} says who is told.
 */
public record SilenceDetails(String key, String subject, Instant since, Duration after, Recipients recipients,
                             List<Silent> persons) {
    public SilenceDetails {
        key = Require.text(key, "key", 150);
        Require.that(OutboundMessage.isId(key), "key", "must be letters, digits and dashes");
        subject = Require.text(subject, "subject", 300);
        Require.nonNull(since, "since");
        Require.nonNull(after, "after");
        Require.that(!after.isNegative(), "after", "must not be negative");
        Require.nonNull(recipients, "recipients");
        persons = Require.noNulls(persons, "persons");
    }

    /** Who is told of the silence: the on-call shifts of the roster, by SMS to their duty phones. */
    public enum Recipients {
        /** Every shift on call now, but those of the crisis team leader when others are on call. */
        OFFICER_ON_CALL,
        /** The shifts on call now whose function is the crisis team leader's ("Crisis team leader"). */
        CRISIS_TEAM_LEADER
    }

    /** A silent person: the name the messages give. */
    public record Silent(PersonId person, String name) {
        public Silent {
            Require.nonNull(person, "person");
            name = Require.text(name, "name", 200);
        }
    }
}
