package io.vigil.rest.alerting;

import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.kernel.Language;
import java.util.List;
import java.util.stream.Stream;

/**
 * The office's message settings as the API shows them: the language of messages to persons who
 * prefer none, and the template in force for every kind in every supported language.
 */
public record MessageSettingsResource(String office, long version, String defaultLanguage,
                                      List<MessageTemplateResource> templates) {

    /** The resource of the settings. */
    public static MessageSettingsResource from(MessageSettings s) {
        return new MessageSettingsResource(s.id().value(), s.version(), s.defaultLanguage().value(),
                Stream.of(MessageKind.values()).flatMap(k -> Language.SUPPORTED.stream()
                        .map(l -> MessageTemplateResource.from(s, s.template(k, l)))).toList());
    }
}
