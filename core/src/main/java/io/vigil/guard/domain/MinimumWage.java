package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A minimum daily wage in force from a day on (Mexico 2026: 315.04 MXN, general zone). */
public record MinimumWage(LocalDate effective, BigDecimal daily, Currency currency, String zone) {
    public MinimumWage {
        Require.nonNull(effective, "wages.effective");
        Require.nonNull(daily, "wages.daily");
        Require.that(daily.signum() > 0 && daily.scale() <= 4, "wages.daily", "must be positive, at most 4 decimals");
        Require.nonNull(currency, "wages.currency");
        zone = Require.text(zone, "wages.zone", 100);
    }
}
