package io.vigil.liaison.domain;

/**
 * What an organisation the office liaises with is, with the number of days after which one of its
 * contacts not reached is stale unless the contact says otherwise.
 */
public enum OrganisationKind {
    /** Host-government law enforcement (police, gendarmerie, civil protection). */
    HOST_LAW_ENFORCEMENT(30),
    /** The UN Department of Safety and Security. */
    UNDSS(14),
    /** A diplomatic mission (an embassy's regional security officer). */
    DIPLOMATIC_MISSION(60),
    /** Another organisation of the UN security management system. */
    UN_SECURITY_MANAGEMENT(30),
    /** A private security network (companies' security managers, an OSAC-like council). */
    PRIVATE_SECURITY_NETWORK(90),
    /** An implementing or NGO partner. */
    PARTNER(90);

    /** The most days a stale threshold may be. */
    public static final int MAX_STALE_DAYS = 365;

    private final int staleAfterDays;

    OrganisationKind(int staleAfterDays) {
        this.staleAfterDays = staleAfterDays;
    }

    /** The days without contact after which a contact of this kind of organisation is stale. */
    public int staleAfterDays() {
        return staleAfterDays;
    }
}
