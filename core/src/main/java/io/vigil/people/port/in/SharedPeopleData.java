package io.vigil.people.port.in;

import io.vigil.kernel.access.DataClass;
import io.vigil.people.domain.PeopleData;

/**
 * The people context's data classes that other contexts guard records of their own under: a staff
 * residence kept as a facility (risk) is residence data, a telephone tree (alerting) belongs to
 * the warden system.
 */
public final class SharedPeopleData {
    /** {@link PeopleData#RESIDENCE}. */
    public static final DataClass RESIDENCE = PeopleData.RESIDENCE;
    /** {@link PeopleData#WARDEN_SYSTEM}. */
    public static final DataClass WARDEN_SYSTEM = PeopleData.WARDEN_SYSTEM;

    private SharedPeopleData() {
    }
}
