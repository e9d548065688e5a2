package io.vigil.kernel.access;

/** Classes of data with their own need-to-know rules. */
public enum DataClass {
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
    /** The audit trail itself. */
    AUDIT(true),
    /** Security risk assessments, the risk matrix and the acceptability table. */
    RISK(false),
    /** Who is on call when, and how to reach them: every member of the office may read it. */
    ON_CALL(false),
    /** The log of emergency requests and the responses given. */
    EMERGENCY(true),
    /** Security advisories: every member of the office may read and acknowledge them. */
    ADVISORY(false),
    /** Warden zones and who their wardens are: every member of the office may read them. */
    WARDEN_SYSTEM(false),
    /** Communication tests and roll-calls: who was asked, who answered how, who is unaccounted for. */
    ACCOUNTABILITY(true);

    private final boolean sensitive;

    DataClass(boolean sensitive) {
        this.sensitive = sensitive;
    }

    /** Whether every read of this class is written to the audit log. */
    public boolean sensitive() {
        return sensitive;
    }
}
