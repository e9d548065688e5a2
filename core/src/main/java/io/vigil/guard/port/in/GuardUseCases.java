package io.vigil.guard.port.in;

/** The guard-force context's use cases, wired. */
public record GuardUseCases(ManageGuardContractsUseCase contracts, ManageLabourStandardsUseCase standards,
                            RostersUseCase rosters, InvoicesUseCase invoices, PerformanceIssuesUseCase issues,
                            InspectionsUseCase inspections, PerformanceReviewsUseCase reviews) {
}
