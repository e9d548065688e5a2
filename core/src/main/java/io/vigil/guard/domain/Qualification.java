package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;

/** A qualification a guard holds (a firearms licence, first aid), valid through its expiry day. */
public record Qualification(String code, LocalDate expires) {
    public Qualification {
        code = Require.text(code, "guards.qualifications.code", 40);
        Require.nonNull(expires, "guards.qualifications.expires");
    }

    /** Whether it is valid on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(expires);
    }
}
