package io.vigil.incident.port.in;

import io.vigil.incident.domain.IncidentReportId;

/** A flash report from the field as opened: the incident report's id and its category code. */
public record FlashReportReceipt(IncidentReportId incident, String category) {
}
