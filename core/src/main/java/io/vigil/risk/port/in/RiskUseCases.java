package io.vigil.risk.port.in;

/** The security risk management context's use cases, wired. */
public record RiskUseCases(ManageAssessmentsUseCase assessments, ConfigureRiskPolicyUseCase policy,
                           ManageRestrictedAreasUseCase areas, ManageVenuesUseCase venues,
                           ManageFacilitiesUseCase facilities, RiskForTravelUseCase travel,
                           ReviewSuggestionsUseCase reviews,
                           RestrictedAreaListUseCase areaList, ManagePremisesProjectsUseCase premises) {
}
