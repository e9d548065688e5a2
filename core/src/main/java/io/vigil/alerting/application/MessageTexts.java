package io.vigil.alerting.application;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EscalationPlan;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.MessageTemplate;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes messages from the office's templates in the recipient's language: the one they prefer,
 * else the office's default ({@link MessageSettings}); the times they show are the office's local
 * times with the zone named ({@link LocalTimes}, the zone of the office's profile; UTC, named as
 * such, for an office whose profile is not set).
 */
final class MessageTexts {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final MessageSettingsStore settings;
    private final ManageOfficesUseCase offices;

    @Inject
    MessageTexts(MessageSettingsStore settings, ManageOfficesUseCase offices) {
        this.settings = settings;
        this.offices = offices;
    }

    /** The office's settings (the standard ones until set). */
    MessageSettings settings(OfficeId office) {
        return settings.findById(office).orElseGet(() -> MessageSettings.standard(office));
    }

    /** The message of the kind for a person who prefers {@code preferred}, with the values put in. */
    String render(OfficeId office, MessageKind kind, Optional<Language> preferred, Map<String, String> values) {
        return settings(office).templateFor(kind, preferred).render(values);
    }

    /** The instant as a message shows it: the office's local date and time, its zone named. */
    String at(OfficeId office, Instant at) {
        return LocalTimes.format(at, zone(office));
    }

    /** The instant as the office's local time of day, its zone abbreviated, for a text that names the day elsewhere. */
    String clock(OfficeId office, Instant at) {
        return LocalTimes.clock(at, zone(office));
    }

    /** The office's zone (UTC for an office whose profile is not set). */
    ZoneId zone(OfficeId office) {
        return offices.zoneOf(office).orElse(UTC);
    }

    /**
     * The notice worded from the template of the digest kind in the language: its head and tail
     * from the template with the values (and {@code {count}}, how many persons it names) put in,
     * its entries as the plan listed them.
     */
    static EscalationPlan.Notice digest(MessageSettings settings, MessageKind kind, Optional<Language> language,
                                        Map<String, String> values, EscalationPlan.Notice notice) {
        Map<String, String> all = new HashMap<>(values);
        all.put("count", Integer.toString(notice.about().size()));
        MessageTemplate.DigestWording wording = settings.templateFor(kind, language).digest(all);
        return new EscalationPlan.Notice(notice.key(), notice.to(), notice.reason(), notice.about(), wording.head(),
                notice.entries(), wording.tail());
    }

    /** The question a test or roll-call asks the person, in their language. */
    static String request(MessageSettings settings, CommunicationTest test, Reachable to) {
        MessageKind kind = test.rollCall() ? MessageKind.ROLL_CALL_REQUEST : MessageKind.COMMUNICATION_TEST_REQUEST;
        return settings.templateFor(kind, to.language()).render(Map.of("title", test.title(),
                "name", to.displayName()));
    }
}
