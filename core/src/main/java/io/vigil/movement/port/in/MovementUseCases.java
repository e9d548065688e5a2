package io.vigil.movement.port.in;

/** The movement context's use cases, wired. */
public record MovementUseCases(ManageMovementsUseCase movements, ManageVehiclesUseCase vehicles,
                               ManageDriversUseCase drivers, ConfigureMovementsUseCase settings,
                               ManageRiverOptionsUseCase riverOptions, ManageMedevacPlansUseCase medevacPlans,
                               ManageRoadIncidentsUseCase roadIncidents,
                               DeploymentUseCase deployment, ManageVisitsUseCase visits,
                               FieldCallInsUseCase fieldCallIns) {
}
