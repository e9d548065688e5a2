package io.vigil.awareness.port.in;

/** The awareness context's use cases, wired. */
public record AwarenessUseCases(ManageCoursesUseCase courses, RecordCompletionsUseCase completions,
                                ManageBriefingsUseCase briefings, ConfigureAwarenessUseCase policy,
                                TrainingRecordsUseCase records, TrainingForTravelUseCase travel) {
}
