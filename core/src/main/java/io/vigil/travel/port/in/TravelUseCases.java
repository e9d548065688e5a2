package io.vigil.travel.port.in;

/** The travel context's use cases, wired. */
public record TravelUseCases(ClearancesUseCase clearances, ManageAirOperatorsUseCase operators,
                             ManageWaiversUseCase waivers, ConfigureTravelUseCase policy, TravelReportsUseCase reports) {
}
