package io.vigil.incident.port.out;

import io.vigil.kernel.Require;

/** The outbound stores of the incident context (reports, enquiries, settings). */
public record IncidentPorts(IncidentReportLog reports, EnquiryFile enquiries, IncidentSettingsStore settings) {
    public IncidentPorts {
        Require.nonNull(reports, "reports");
        Require.nonNull(enquiries, "enquiries");
        Require.nonNull(settings, "settings");
    }
}
