package io.vigil.incident.port.in;

/** The incident context's use cases, wired. */
public record IncidentUseCases(IncidentReportsUseCase reports, EnquiriesUseCase enquiries,
                               ConfigureIncidentsUseCase settings, IncidentAnalysisUseCase analysis,
                               FlashReportsUseCase flashReports) {
}
