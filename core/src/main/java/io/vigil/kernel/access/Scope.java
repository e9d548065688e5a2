package io.vigil.kernel.access;

/** Whose data a {@link Grant} reaches. */
public enum Scope {
    /** Every record of the actor's own office. */
    OFFICE,
    /** Every record of the actor's own office, as a member of it: the data is open to every member. */
    OFFICE_MEMBERS,
    /** The actor's own records and their dependents' (the persons they sponsor). */
    OWN_AND_DEPENDENTS,
    /** Records of persons whose residence lies in one of the actor's warden zones. */
    WARDEN_ZONE,
    /** Every record of every office: reads only, nobody writes across offices. */
    EVERY_OFFICE
}
