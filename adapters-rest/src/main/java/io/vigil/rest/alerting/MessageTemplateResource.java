package io.vigil.rest.alerting;

import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.MessageTemplate;
import java.util.List;
import java.util.Map;

/**
 * A template in force for one kind of message in one language: its text, whether it is the
 * office's own ({@code own}) or the shipped one, the placeholders the kind allows (each with the
 * most characters its value puts in), those it requires, and the most characters the message may
 * take; {@code version} is the office's message settings' (the {@code If-Match} of a change).
 */
public record MessageTemplateResource(String kind, String language, String text, boolean own,
                                      Map<String, Integer> placeholders, List<String> required, int bound,
                                      long version) {

    /** The resource of the template in force in the settings. */
    public static MessageTemplateResource from(MessageSettings settings, MessageTemplate t) {
        return new MessageTemplateResource(t.kind().name(), t.language().value(), t.text(),
                settings.own(t.kind(), t.language()).isPresent(), t.kind().placeholders(),
                t.kind().required().stream().sorted().toList(), t.kind().bound(), settings.version());
    }
}
