package io.vigil.guard.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a post's line of an invoice should be: its scheduled, unfilled and payable hours (of which
 * on public holidays), the amount (rounded to the currency's minor unit), the deductions taken
 * from it (never more than the amount) and what is left; {@code notes} say why the hours and the
 * amount are what they are ("12 h unfilled on 2026-03-04 (inspection ...)").
 */
public record ExpectedLine(String post, BigDecimal scheduledHours, BigDecimal unfilledHours, BigDecimal hours,
                           BigDecimal holidayHours, BigDecimal amount, BigDecimal deducted, BigDecimal net,
                           List<String> notes) {
    public ExpectedLine {
        notes = List.copyOf(notes);
    }
}
