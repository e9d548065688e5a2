package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.util.List;

/** A course the office requires of travellers: of all of them, or of those whose route enters one of its areas. */
public record RequiredCourse(String code, boolean forAll, List<Outline> areas) {
    public RequiredCourse {
        code = Require.text(code, "code", 20);
        areas = Require.noNulls(areas, "areas");
        Require.that(forAll == areas.isEmpty(), "areas", "must be given exactly for a course required in areas");
    }
}
