package io.vigil.travel.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Locale;

/**
 * An air operator as the office assessed it: its code (the one air legs name), its name, whether it
 * is barred, why, and until when the assessment holds.
 */
public record AirOperator(AirOperatorId id, OfficeId office, long version, String code, String name, boolean barred,
                          String reason, Instant assessedAt, Instant validUntil)
        implements Versioned<AirOperatorId, AirOperator> {

    public AirOperator {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        code = Require.text(code, "code", Leg.MAX_CODE).toUpperCase(Locale.ROOT);
        name = Require.text(name, "name", 200);
        reason = Require.text(reason, "reason", 2000);
        Require.nonNull(assessedAt, "assessedAt");
        Require.nonNull(validUntil, "validUntil");
        Require.that(validUntil.isAfter(assessedAt), "validUntil", "must be after assessedAt");
    }

    /** Whether the assessment holds at the instant. */
    public boolean validAt(Instant at) {
        return !at.isBefore(assessedAt) && at.isBefore(validUntil);
    }

    @Override
    public AirOperator withVersion(long newVersion) {
        return new AirOperator(id, office, newVersion, code, name, barred, reason, assessedAt, validUntil);
    }
}
