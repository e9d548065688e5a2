package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;

/** What the n-th occurrence of an issue type costs the vendor: an amount (zero: a warning) and whether it is grounds for removal. */
public record DeductionStep(int occurrence, BigDecimal amount, boolean removal, String note) {
    public DeductionStep {
        Require.that(occurrence >= 1 && occurrence <= 20, "deductions.steps.occurrence", "must be between 1 and 20");
        Require.nonNull(amount, "deductions.steps.amount");
        Require.that(amount.signum() >= 0 && amount.scale() <= 4 && amount.compareTo(BigDecimal.valueOf(1_000_000_000)) < 0,
                "deductions.steps.amount", "must be between 0 and a billion, at most 4 decimals");
        note = Require.text(note, "deductions.steps.note", 200);
    }
}
