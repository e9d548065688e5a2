package io.vigil.alerting.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.INTEGRATION;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Role.STAFF;
import static io.vigil.kernel.access.Role.WARDEN;
import static io.vigil.kernel.access.Scope.EVERY_OFFICE;
import static io.vigil.kernel.access.Scope.OFFICE;
import static io.vigil.kernel.access.Scope.OWN_AND_DEPENDENTS;
import static io.vigil.kernel.access.Scope.WARDEN_ZONE;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The alerting context's classes of data. */
public enum AlertingData implements DataClass {
    /** Who is on call when, and how to reach them: every member of the office may read it. */
    ON_CALL(false),
    /** The log of emergency requests and the responses given. */
    EMERGENCY(true),
    /** Security advisories: every member of the office may read and acknowledge them. */
    ADVISORY(false),
    /** Communication tests and roll-calls: who was asked, who answered how, who is unaccounted for. */
    ACCOUNTABILITY(true),
    /** The office's message templates and default language: the security roles and the SOC. */
    MESSAGE_TEMPLATES(false);

    private final boolean sensitive;

    AlertingData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with alerting data (the security officer may do everything): the associate
     * and the SOC read and write all of it, the SOC in every office for reads; a manager reads
     * accountability; staff read and answer their own and their dependents' check-ins; an
     * integration writes check-in answers (an SMS provider's replies); a warden writes the answers
     * of the persons of their zones (recorded on their behalf). Message templates are the security
     * roles' and the SOC's alone. Every member of the office reads the
     * on-call roster and the advisories.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(ON_CALL, ADVISORY),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, values()),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, values()),
                Grant.rows(SOC_OPERATOR, WRITE, OFFICE, values()),
                Grant.rows(MANAGER, READ, OFFICE, ACCOUNTABILITY),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, ACCOUNTABILITY),
                Grant.rows(STAFF, WRITE, OWN_AND_DEPENDENTS, ACCOUNTABILITY),
                Grant.rows(WARDEN, WRITE, WARDEN_ZONE, ACCOUNTABILITY),
                Grant.rows(INTEGRATION, WRITE, OFFICE, ACCOUNTABILITY))
                .flatMap(List::stream).toList();
    }
}
