package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The officer's decision on an invoice: certified (with the amount payable after deductions and
 * the violations waived) or rejected (with every difference and open violation, as sentences).
 */
public record InvoiceDecision(boolean certified, String by, Instant at, BigDecimal payable, List<ViolationWaiver> waivers,
                              List<String> reasons) {
    /** The most reasons a decision keeps. */
    public static final int MAX_REASONS = 500;

    public InvoiceDecision {
        by = Require.text(by, "by", 200);
        Require.nonNull(at, "at");
        Require.nonNull(payable, "payable");
        waivers = Require.noNulls(waivers, "waivers");
        reasons = Require.noNulls(reasons, "reasons");
        reasons = reasons.size() > MAX_REASONS ? List.copyOf(reasons.subList(0, MAX_REASONS)) : reasons;
        Require.that(!certified || reasons.isEmpty(), "reasons", "a certification has none");
    }
}
