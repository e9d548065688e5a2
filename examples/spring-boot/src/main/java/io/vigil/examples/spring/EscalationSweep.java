package io.vigil.examples.spring;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sweeps the office's open roll-calls for due escalations (silence to the warden, then to the officer
 * on call) every {@code vigil.escalation-seconds}, acting as the SOC; a failed sweep is logged and the
 * next one tries again.
 */
@Component
public class EscalationSweep {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationSweep.class);
    private final AlertingUseCases alerting;
    private final Actor soc;

    /**
     * A sweep for {@code office}.
     *
     * @param alerting the alerting use cases
     * @param office   the office whose roll-calls are swept
     */
    public EscalationSweep(AlertingUseCases alerting, OfficeId office) {
        this.alerting = alerting;
        this.soc = Actor.of("vigil-escalation-sweep", office, Role.SOC_OPERATOR);
    }

    /**
     * Sends the escalations now due.
     *
     * @return what the sweep sent, and its warnings
     */
    @Scheduled(fixedDelayString = "${vigil.escalation-seconds:60}", initialDelayString = "${vigil.escalation-seconds:60}",
            timeUnit = TimeUnit.SECONDS)
    public EscalationReport sweep() {
        try {
            EscalationReport report = alerting.rollCalls().escalateAll(soc);
            if (report.sent() > 0) {
                LOG.info("Roll-call escalations in {}: {} messages sent", soc.office(), report.sent());
            }
            report.warnings().forEach(w -> LOG.warn("Roll-call escalation: {}", w));
            return report;
        } catch (RuntimeException e) {
            LOG.error("Roll-call escalation sweep of {} failed; the next sweep tries again", soc.office(), e);
            throw e;
        }
    }
}
