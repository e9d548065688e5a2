package io.vigil.travel.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Role.STAFF;
import static io.vigil.kernel.access.Scope.EVERY_OFFICE;
import static io.vigil.kernel.access.Scope.OFFICE;
import static io.vigil.kernel.access.Scope.OWN_AND_DEPENDENTS;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The travel context's classes of data. */
public enum TravelData implements DataClass {
    /** A clearance request with its trip and decisions: where persons go and when. Personal data. */
    CLEARANCES(true),
    /** How many clearances the office decided, by status, naming nobody: for managers. */
    CLEARANCE_COUNTS(false),
    /** A training waiver of a traveller. Personal data. */
    WAIVERS(true),
    /** The assessed air operators and the office's travel settings: open to every member of the office. */
    TRAVEL_SETTINGS(false);

    private final boolean sensitive;

    TravelData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with travel data (the security officer may do everything, and alone approves,
     * denies and waives): the associate reads every clearance and waiver and keeps the air operators
     * and settings; staff submit and read the clearances they travel on (and their dependents'), and
     * read their own waivers; a manager reads counts only; the SOC reads every office's clearances (where
     * people travel is its need-to-know in a crisis), never the waivers (training records); every
     * member reads the operators and settings.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(TRAVEL_SETTINGS),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, CLEARANCES, TRAVEL_SETTINGS),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, CLEARANCES, WAIVERS),
                Grant.rows(STAFF, WRITE, OWN_AND_DEPENDENTS, CLEARANCES),
                Grant.rows(MANAGER, READ, OFFICE, CLEARANCE_COUNTS),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, CLEARANCES, CLEARANCE_COUNTS, TRAVEL_SETTINGS))
                .flatMap(List::stream).toList();
    }
}
