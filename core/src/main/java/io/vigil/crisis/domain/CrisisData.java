package io.vigil.crisis.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Role.STAFF;
import static io.vigil.kernel.access.Scope.OFFICE;
import static io.vigil.kernel.access.Scope.OWN_AND_DEPENDENTS;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The crisis context's classes of data. */
public enum CrisisData implements DataClass {
    /** The Crisis Management Plan, its versions and the crisis team: open to every member of the office. */
    CRISIS_PLAN(false),
    /** Activations of the crisis team: who was told, who answered, the log and the situation reports. */
    CRISIS_ACTIVATION(false),
    /** Drills and exercises, their schedule, measured times, findings and follow-up actions. */
    EXERCISES(false),
    /** The security inputs of the business continuity plan, per critical function. */
    CONTINUITY(false),
    /** Relocation and evacuation arrangements: areas, assembly points, safe havens, routes, transport, priority order. */
    RELOCATION_SITES(false),
    /** Declared relocations in figures and their shortfall, naming nobody. */
    RELOCATION_COUNTS(false),
    /** Relocation lists: the persons on them, where the locator placed them and what was recorded for each. */
    RELOCATION_LIST(true);

    private final boolean sensitive;

    CrisisData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with crisis data (the security officer may do everything, and alone approves
     * a plan): every member of the office reads the plan and the team; the associate reads and
     * writes all of it; a manager reads activations, exercises and continuity inputs; the SOC reads
     * and writes activations (it relays them round the clock); a staff member answers an activation
     * for themself. Relocation: every member of the office reads the arrangements (where to gather,
     * where to go); managers read a declared relocation's figures and shortfall; the SOC reads and
     * writes the lists and figures (it tracks moves round the clock); a staff member reads their
     * own entry and their dependents'.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(CRISIS_PLAN, RELOCATION_SITES),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, values()),
                Grant.rows(MANAGER, READ, OFFICE, CRISIS_ACTIVATION, EXERCISES, CONTINUITY, RELOCATION_COUNTS),
                Grant.rows(SOC_OPERATOR, READ, OFFICE, CRISIS_ACTIVATION, RELOCATION_COUNTS, RELOCATION_LIST),
                Grant.rows(SOC_OPERATOR, WRITE, OFFICE, CRISIS_ACTIVATION, RELOCATION_LIST),
                Grant.rows(STAFF, WRITE, OWN_AND_DEPENDENTS, CRISIS_ACTIVATION),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, RELOCATION_LIST))
                .flatMap(List::stream).toList();
    }
}
