package io.vigil.people.port.in;

/** The personnel context's use cases, wired. */
public record PeopleUseCases(ManagePersonsUseCase persons, ManageResidencesUseCase residences,
                             ManagePresencesUseCase presences, ManageMissionsUseCase missions,
                             ReportPositionUseCase positions, LocatePersonnelUseCase locator,
                             ContactDirectoryUseCase directory, ManageWardenZonesUseCase zones,
                             PersonCardsUseCase cards, HeadcountUseCase headcounts,
                             ManageOfficesUseCase offices) {
}
