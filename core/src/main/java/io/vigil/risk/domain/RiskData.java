package io.vigil.risk.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Scope.EVERY_OFFICE;
import static io.vigil.kernel.access.Scope.OFFICE;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The risk context's classes of data. */
public enum RiskData implements DataClass {
    /** Security risk assessments, the risk matrix and the acceptability table, facilities, venues, areas. */
    RISK(false),
    /** The published list of restricted areas in force (names, rules, validity): open to every member of the office. */
    AREA_LIST(false);

    private final boolean sensitive;

    RiskData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with risk data (the security officer may do everything, and alone approves):
     * the associate reads and writes it, the SOC reads it in every office, a manager reads it;
     * the published list of areas in force is open to every member of the office.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, values()),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, values()),
                Grant.rows(MANAGER, READ, OFFICE, RISK),
                Grant.openToOfficeMembers(AREA_LIST))
                .flatMap(List::stream).toList();
    }
}
