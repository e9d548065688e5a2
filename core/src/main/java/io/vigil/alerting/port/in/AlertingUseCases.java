package io.vigil.alerting.port.in;

/** The emergency communications context's use cases, wired. */
public record AlertingUseCases(ManageOnCallUseCase onCall, EmergencyRequestsUseCase emergencies,
                               ManageAdvisoriesUseCase advisories, CommunicationTestsUseCase tests,
                               RollCallsUseCase rollCalls, PhoneTreesUseCase phoneTrees,
                               RollCallViewUseCase rollCallView, NoticesUseCase notices,
                               EscalateSilenceUseCase silences, ManageMessagesUseCase messages,
                               SmsRepliesUseCase smsReplies) {
}
