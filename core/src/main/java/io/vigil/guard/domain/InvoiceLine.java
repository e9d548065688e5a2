package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;

/** One line of a vendor's invoice: a post, the hours and the amount invoiced for it. */
public record InvoiceLine(String post, BigDecimal hours, BigDecimal amount) {
    public InvoiceLine {
        post = Require.text(post, "lines.post", 20);
        Require.nonNull(hours, "lines.hours");
        Require.that(hours.signum() >= 0 && hours.scale() <= 2 && hours.compareTo(BigDecimal.valueOf(1_000_000)) < 0,
                "lines.hours", "must be between 0 and 1,000,000, at most 2 decimals");
        Require.nonNull(amount, "lines.amount");
        Require.that(amount.signum() >= 0 && amount.scale() <= 4
                && amount.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) < 0, "lines.amount",
                "must be between 0 and a trillion, at most 4 decimals");
    }
}
