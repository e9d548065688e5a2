package io.vigil.alerting.port.out;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Where the alerting context hands what an SMS from the field reports (see
 * {@link io.vigil.alerting.domain.FieldWords}): a call-in to the movement context, a flash report to
 * the incident context, each through that context's use cases (its access rules, refusals and
 * audit apply). The wiring provides it ({@code io.vigil.wiring.FieldLinks}).
 */
public interface FieldReports {
    /** A call-in as recorded: the movement's id and title, and the instant the time given stands for. */
    record CallInLogged(String movement, String title, Instant at) {
    }

    /** A flash report as opened: the incident report's id and its category code. */
    record FlashLogged(String incident, String category) {
    }

    /**
     * Records a call-in from the caller's phone on their movement under way, the time read on the
     * office's clock.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code time} when it is ahead of now
     * @throws RefusedException when no movement of the caller's is under way, or it refuses the call-in
     */
    CallInLogged callIn(Actor actor, PersonId caller, String by, LocalTime time, Optional<String> place);

    /**
     * Opens a flash report for the officer to complete.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code category} when the
     *         office's taxonomy has no such category
     */
    FlashLogged flash(Actor actor, PersonId reporter, String source, String category, String text, Instant at);

    /** For a host that wires the alerting context alone: every call-in and flash report is refused. */
    FieldReports NONE = new FieldReports() {
        @Override
        public CallInLogged callIn(Actor actor, PersonId caller, String by, LocalTime time, Optional<String> place) {
            throw RefusedException.because("call-ins by SMS need the movement context, which this host does not wire");
        }

        @Override
        public FlashLogged flash(Actor actor, PersonId reporter, String source, String category, String text,
                                 Instant at) {
            throw RefusedException.because("flash reports by SMS need the incident context, which this host does"
                    + " not wire");
        }
    };
}
