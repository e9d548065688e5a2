package io.vigil.incident.domain;

/** Whether an incident report (or an enquiry) is still being followed up. */
public enum ReportStatus {
    OPEN, CLOSED
}
