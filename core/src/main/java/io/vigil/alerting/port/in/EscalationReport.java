package io.vigil.alerting.port.in;

import java.util.List;

/** What an escalation sweep did: how many messages went out now, and what it could not do. */
public record EscalationReport(int sent, List<String> warnings) {
    public EscalationReport {
        warnings = List.copyOf(warnings);
    }
}
