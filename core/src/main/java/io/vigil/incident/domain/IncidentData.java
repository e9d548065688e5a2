package io.vigil.incident.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.INTEGRATION;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Scope.EVERY_OFFICE;
import static io.vigil.kernel.access.Scope.OFFICE;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The incident context's classes of data. */
public enum IncidentData implements DataClass {
    /** Incident reports without the persons named, the office's incident settings, the trends. */
    INCIDENTS(false),
    /** The persons named in incident reports (killed, injured, abducted, ...): personal data. */
    INCIDENT_PERSONS(true),
    /**
     * Preliminary enquiries. No role is granted them: the security officer (who may do everything)
     * and the investigators each enquiry names read them, and the incident context decides the latter.
     */
    ENQUIRIES(true),
    /**
     * Flash reports from the field (an SMS "FLASH ARMED ..."), opened as incident reports for the
     * officer to complete: granted only to open them (the SMS provider's integration), which reads nothing.
     */
    FLASH_REPORTS(false);

    private final boolean sensitive;

    IncidentData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with incident data (the security officer may do everything): the associate
     * reads and writes reports and the persons in them; a manager (the COM) reads reports without
     * the persons; the SOC reads every office's reports with the persons. Enquiries are granted to
     * nobody but the officer. The SMS provider's integration opens flash reports from the field.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, INCIDENTS, INCIDENT_PERSONS),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, INCIDENTS, INCIDENT_PERSONS),
                Grant.rows(MANAGER, READ, OFFICE, INCIDENTS),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, INCIDENTS, INCIDENT_PERSONS),
                Grant.rows(INTEGRATION, WRITE, OFFICE, FLASH_REPORTS))
                .flatMap(List::stream).toList();
    }
}
