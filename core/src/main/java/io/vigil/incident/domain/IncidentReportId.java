package io.vigil.incident.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies an incident report of the incident context. */
public record IncidentReportId(UUID value) {
    public IncidentReportId {
        Require.nonNull(value, "incidentReportId");
    }

    /** A new random id. */
    public static IncidentReportId random() {
        return new IncidentReportId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static IncidentReportId of(String text) {
        return new IncidentReportId(Ids.parse(text, "incidentReportId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
