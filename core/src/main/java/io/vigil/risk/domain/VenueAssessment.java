package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.List;

/**
 * The security assessment of a venue (hotel, restaurant, government office, event site): a
 * rating from 1 (poor) to 5 (excellent), findings, a validity, and whether staff may use it.
 */
public record VenueAssessment(VenueId id, OfficeId office, long version, String name, VenueKind kind,
                              String address, GeoPoint location, int rating, List<String> findings,
                              boolean approvedForStaff, String assessedBy, Instant assessedAt, Instant validUntil)
        implements Versioned<VenueId, VenueAssessment> {

    public VenueAssessment {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        Require.nonNull(kind, "kind");
        address = Require.text(address, "address", 500);
        Require.nonNull(location, "location");
        Require.that(rating >= 1 && rating <= 5, "rating", "must be between 1 (poor) and 5 (excellent), was " + rating);
        findings = List.copyOf(Require.nonNull(findings, "findings"));
        assessedBy = Require.text(assessedBy, "assessedBy", 200);
        Require.nonNull(assessedAt, "assessedAt");
        Require.nonNull(validUntil, "validUntil");
        Require.that(validUntil.isAfter(assessedAt), "validUntil", "must be after assessedAt");
    }

    /** Whether the assessment has lapsed at {@code at} and the venue needs reassessing. */
    public boolean expiredAt(Instant at) {
        return !validUntil.isAfter(at);
    }

    /** Whether staff may use the venue at {@code at}: approved, and the assessment still valid. */
    public boolean usableAt(Instant at) {
        return approvedForStaff && !expiredAt(at);
    }

    @Override
    public VenueAssessment withVersion(long newVersion) {
        return new VenueAssessment(id, office, newVersion, name, kind, address, location, rating, findings,
                approvedForStaff, assessedBy, assessedAt, validUntil);
    }
}
