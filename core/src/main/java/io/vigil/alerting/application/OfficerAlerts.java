package io.vigil.alerting.application;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.OfficeId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Tells whoever is on call now, by SMS to the shift's duty phone. */
final class OfficerAlerts {
    private final OnCallRoster roster;
    private final Broadcaster broadcaster;
    private final Clock clock;

    @Inject
    OfficerAlerts(OnCallRoster roster, Broadcaster broadcaster, Clock clock) {
        this.roster = roster;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /**
     * Sends the text to every shift covering now, each message with the id {@code idPrefix-<shift>}
     * (so telling again is a no-op); returns how many went out now, or empty when nobody is on call.
     */
    Optional<Integer> tell(OfficeId office, String idPrefix, String text) {
        List<OnCallShift> onCall = roster.coveringAt(office, clock.instant());
        if (onCall.isEmpty()) {
            return Optional.empty();
        }
        int sent = 0;
        for (OnCallShift shift : onCall) {
            if (broadcaster.send(idPrefix + "-" + shift.id(), office, Optional.empty(), Channel.SMS, shift.phone(),
                    text)) {
                sent++;
            }
        }
        return Optional.of(sent);
    }
}
