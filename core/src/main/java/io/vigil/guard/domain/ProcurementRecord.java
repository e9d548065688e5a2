package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;

/** How a contract was procured: the method, the bids received, the evaluation, the award and its date. */
public record ProcurementRecord(String method, int bids, String evaluation, String award, LocalDate awardedOn) {
    public ProcurementRecord {
        method = Require.text(method, "procurement.method", 100);
        Require.that(bids >= 0 && bids <= 1000, "procurement.bids", "must be between 0 and 1000");
        evaluation = Require.text(evaluation, "procurement.evaluation", 2000);
        award = Require.text(award, "procurement.award", 500);
        Require.nonNull(awardedOn, "procurement.awardedOn");
    }
}
