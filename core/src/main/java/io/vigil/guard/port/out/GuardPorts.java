package io.vigil.guard.port.out;

import io.vigil.kernel.Require;

/** The outbound ports of the guard-force context (contracts, rosters, invoices, issues, inspections, labour standards, performance reviews). */
public record GuardPorts(GuardContractRegistry contracts, RosterBook rosters, InvoiceLedger invoices,
                         PerformanceLog issues, InspectionLog inspections, LabourStandardsBook standards,
                         PerformanceReviewBook reviews) {
    public GuardPorts {
        Require.nonNull(contracts, "contracts");
        Require.nonNull(rosters, "rosters");
        Require.nonNull(invoices, "invoices");
        Require.nonNull(issues, "issues");
        Require.nonNull(inspections, "inspections");
        Require.nonNull(standards, "standards");
        Require.nonNull(reviews, "reviews");
    }
}
