package io.vigil.liaison.port.in;

/** The liaison context's use cases, wired. */
public record LiaisonUseCases(OrganisationsUseCase organisations, ContactsUseCase contacts,
                              ContactLogUseCase contactLog, InformationLogUseCase informationLog,
                              MeetingSeriesUseCase series, MeetingsUseCase meetings, ActionItemsUseCase actions,
                              AdviceUseCase advice, LiaisonActivityUseCase activity) {
}
