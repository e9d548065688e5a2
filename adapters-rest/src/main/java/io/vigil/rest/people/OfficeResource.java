package io.vigil.rest.people;

import io.vigil.people.domain.OfficeProfile;

/** An office's profile as the API shows it: its id, name, IANA time zone and ISO country code. */
public record OfficeResource(String id, long version, String name, String timeZone, String country) {

    /** The profile as shown. */
    public static OfficeResource from(OfficeProfile o) {
        return new OfficeResource(o.id().value(), o.version(), o.name(), o.timeZone().getId(), o.country());
    }
}
