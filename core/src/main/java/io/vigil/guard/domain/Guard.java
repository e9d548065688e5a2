package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A guard of the vendor's, by badge, with the qualifications they hold. */
public record Guard(String badge, String name, List<Qualification> qualifications) {
    public Guard {
        badge = Require.text(badge, "guards.badge", 40);
        name = Require.text(name, "guards.name", 200);
        qualifications = Require.noNulls(qualifications, "guards.qualifications");
        Require.that(qualifications.size() <= 20, "guards.qualifications", "must be at most 20");
    }

    /** The qualification of that code, if the guard holds one. */
    public Optional<Qualification> qualification(String code) {
        return qualifications.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** Whether the guard holds that qualification, valid on that day. */
    public boolean qualifiedOn(String code, LocalDate day) {
        return qualification(code).filter(q -> q.validOn(day)).isPresent();
    }
}
