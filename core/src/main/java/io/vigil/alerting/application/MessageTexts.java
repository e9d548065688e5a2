package io.vigil.alerting.application;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Writes messages from the office's templates in the recipient's language: the one they prefer,
 * else the office's default ({@link MessageSettings}).
 */
final class MessageTexts {
    private final MessageSettingsStore settings;

    @Inject
    MessageTexts(MessageSettingsStore settings) {
        this.settings = settings;
    }

    /** The office's settings (the standard ones until set). */
    MessageSettings settings(OfficeId office) {
        return settings.findById(office).orElseGet(() -> MessageSettings.standard(office));
    }

    /** The message of the kind for a person who prefers {@code preferred}, with the values put in. */
    String render(OfficeId office, MessageKind kind, Optional<Language> preferred, Map<String, String> values) {
        return settings(office).templateFor(kind, preferred).render(values);
    }

    /** The question a test or roll-call asks the person, in their language. */
    static String request(MessageSettings settings, CommunicationTest test, Reachable to) {
        MessageKind kind = test.rollCall() ? MessageKind.ROLL_CALL_REQUEST : MessageKind.COMMUNICATION_TEST_REQUEST;
        return settings.templateFor(kind, to.language()).render(Map.of("title", test.title(),
                "name", to.displayName()));
    }
}
