package io.vigil.crisis.port.in;

import java.util.List;

/** What a reminder sweep did: how many reminders were queued now, and who could not be reminded. */
public record SweepReport(int sent, List<String> warnings) {
    public SweepReport {
        warnings = List.copyOf(warnings);
    }
}
