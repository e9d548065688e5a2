package io.vigil.people.domain;

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

/** The people context's classes of data, each with its own need-to-know rules. */
public enum PeopleData implements DataClass {
    /** Name, category, organisation unit, sponsor. */
    PROFILE(false),
    /** Phones, e-mails, messaging handles and emergency contacts. */
    CONTACT(true),
    /** Special needs and blood type. */
    HEALTH(true),
    /** Residential address and position. */
    RESIDENCE(true),
    /** Presence in the country, missions, itineraries, hotel stays and reported positions. */
    MOVEMENT(true),
    /** Counts of people, without names or places. */
    HEADCOUNT(false),
    /** Warden zones and who their wardens are: every member of the office may read them. */
    WARDEN_SYSTEM(false),
    /** The office's profile (name, time zone, country): every member of the office may read it. */
    OFFICE_PROFILE(false);

    private final boolean sensitive;

    PeopleData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with personnel data (the security officer may do everything). The associate
     * reads all of it and writes all but headcounts; the SOC reads it in every office and reports
     * movements; a warden reads profile, contact and residence of the persons living in their
     * zones; a manager reads profiles and headcounts; staff read their own and their dependents'
     * records and write their contact, health and movements; an integration reads profiles and
     * writes personnel data. Every member of the office reads the warden system and the office's profile, which only the
     * security officer writes.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(WARDEN_SYSTEM, OFFICE_PROFILE),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT,
                        WARDEN_SYSTEM),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, values()),
                Grant.rows(SOC_OPERATOR, WRITE, OFFICE, MOVEMENT),
                Grant.rows(WARDEN, READ, WARDEN_ZONE, PROFILE, CONTACT, RESIDENCE),
                Grant.rows(MANAGER, READ, OFFICE, PROFILE, HEADCOUNT),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT),
                Grant.rows(STAFF, WRITE, OWN_AND_DEPENDENTS, CONTACT, HEALTH, MOVEMENT),
                Grant.rows(INTEGRATION, READ, OFFICE, PROFILE),
                Grant.rows(INTEGRATION, WRITE, OFFICE, PROFILE, CONTACT, HEALTH, RESIDENCE, MOVEMENT))
                .flatMap(List::stream).toList();
    }
}
