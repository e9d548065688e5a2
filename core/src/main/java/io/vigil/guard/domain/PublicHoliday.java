package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;

/** A public holiday of a country's calendar. */
public record PublicHoliday(LocalDate date, String name) {
    public PublicHoliday {
        Require.nonNull(date, "holidays.date");
        name = Require.text(name, "holidays.name", 200);
    }
}
