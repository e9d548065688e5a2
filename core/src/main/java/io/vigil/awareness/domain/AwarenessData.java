package io.vigil.awareness.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.STAFF;
import static io.vigil.kernel.access.Scope.OFFICE;
import static io.vigil.kernel.access.Scope.OWN_AND_DEPENDENTS;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The awareness context's classes of data. */
public enum AwarenessData implements DataClass {
    /** The course catalogue and the office's awareness settings: open to every member of the office. */
    COURSES(false),
    /** A person's training record: completions, statuses, briefings attended. Personal data. */
    TRAINING(true),
    /**
     * The training records of the persons of one organisation unit, for that unit's manager: the
     * policy grants the class, and the awareness context narrows it to the manager's own unit.
     */
    UNIT_TRAINING(true);

    private final boolean sensitive;

    AwarenessData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with awareness data (the security officer may do everything): every member
     * of the office reads the catalogue; the associate reads all of it and writes courses and
     * training records; staff read their own training record (and their dependents'); a manager
     * reads the records of their unit. The SOC reads none of it: training is not its need-to-know.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(COURSES),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, COURSES, TRAINING),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, TRAINING),
                Grant.rows(MANAGER, READ, OFFICE, UNIT_TRAINING))
                .flatMap(List::stream).toList();
    }
}
