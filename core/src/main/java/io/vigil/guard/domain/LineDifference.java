package io.vigil.guard.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A line of an invoice that does not match what is expected: the post, the expected and invoiced
 * hours and amounts (empty where the invoice or the contract has no such line) and why.
 */
public record LineDifference(String post, Optional<BigDecimal> expectedHours, Optional<BigDecimal> expectedAmount,
                             Optional<BigDecimal> invoicedHours, Optional<BigDecimal> invoicedAmount,
                             List<String> reasons) {
    public LineDifference {
        reasons = List.copyOf(reasons);
    }

    /** The difference as one sentence, its reasons included. */
    public String sentence() {
        String head = "post " + post + ": invoiced " + invoicedHours.map(h -> Hours.text(h) + " h for "
                + invoicedAmount.orElseThrow().toPlainString()).orElse("nothing") + ", expected "
                + expectedHours.map(h -> Hours.text(h) + " h for " + expectedAmount.orElseThrow().toPlainString())
                .orElse("no line (not a post of the contract)");
        return reasons.isEmpty() ? head : head + " (" + String.join("; ", reasons) + ")";
    }
}
