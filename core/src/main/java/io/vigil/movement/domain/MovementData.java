package io.vigil.movement.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.INTEGRATION;
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

/** The movement context's classes of data. */
public enum MovementData implements DataClass {
    /**
     * High-risk movement plans and their logs (route, times, passengers, call-ins): where named
     * persons will be and when. Sensitive: need-to-know, audited with the persons named.
     */
    MOVEMENT_PLANS(true),
    /** The office's fleet and drivers (plates, insurance, inspections, licences, driving checks). */
    FLEET(false),
    /** The office's movement settings (time zone, escalation delay, convoy rules): open to every member. */
    MOVEMENT_SETTINGS(false),
    /** River transport options and MEDEVAC plans per duty station: open to every member. */
    TRANSPORT_PLANS(false),
    /**
     * Deployment numbers: how many of the office's persons are present in, or travelling through,
     * each warden zone at an instant; counts only, no names, no places of persons.
     */
    DEPLOYMENT_COUNTS(false),
    /**
     * Protective operations (visits): their members, programme, venues, advance site assessment,
     * measures and support requests: where a senior official and the members will be and when.
     * Sensitive: need-to-know, audited with the members named.
     */
    VISIT_PROGRAMMES(true),
    /** How ready the office's visits are: counts and blockers by kind, no persons, no places, no times. */
    VISIT_READINESS(false),
    /**
     * A call-in a person on a movement under way sends from their own phone (an SMS "OK 14:30"),
     * written to that movement's log: where they are and when. Sensitive: granted only to record it
     * (the SMS provider's integration), audited with the movement's persons.
     */
    FIELD_CALL_INS(true);

    private final boolean sensitive;

    MovementData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with movement data (the security officer may do everything): every member
     * reads the settings, river options and MEDEVAC plans; the associate reads all of it and writes
     * plans, road incidents, the fleet, river options and MEDEVAC plans; the SOC reads all of it in
     * every office and writes its own office's plans (it records call-ins and sweeps overdue movements);
     * staff read the plans they travel on (and their dependents'). Managers see no plan: movements
     * are not their need-to-know, but managers read the deployment numbers (counts by area, no names) and the readiness of
     * visits (counts and blockers by kind). A visit's members read their own visit's programme; the
     * associate writes visits (its row for every movement data class), the SOC reads them. The SMS
     * provider's integration writes call-ins from the field to the sender's movement under way, and reads nothing.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(MOVEMENT_SETTINGS, TRANSPORT_PLANS),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, MOVEMENT_PLANS, FLEET, TRANSPORT_PLANS, VISIT_PROGRAMMES),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, values()),
                Grant.rows(SOC_OPERATOR, WRITE, OFFICE, MOVEMENT_PLANS),
                Grant.rows(MANAGER, READ, OFFICE, DEPLOYMENT_COUNTS),
                Grant.rows(MANAGER, READ, OFFICE, VISIT_READINESS),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, MOVEMENT_PLANS, VISIT_PROGRAMMES),
                Grant.rows(INTEGRATION, WRITE, OFFICE, FIELD_CALL_INS))
                .flatMap(List::stream).toList();
    }
}
