package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.MessageTemplate;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;

/**
 * The office's message templates and default language. Every message kind has a shipped template
 * in English, Spanish and French; the office may replace any of them with its own (refused, naming
 * each problem of the text at once, when the text names a placeholder the kind does not know, lacks
 * one it requires, leaves the GSM alphabet or could exceed one SMS) and go back to the shipped one.
 * The security roles and the SOC read and change their office's.
 */
public interface ManageMessagesUseCase {
    /** The office's settings (version 0 and English until set). */
    MessageSettings get(Actor actor);

    /** The template in force for the kind and language: the office's own, else the shipped one. */
    MessageTemplate template(Actor actor, MessageKind kind, Language language);

    /** Sets the office's own template of the kind and language, at the settings' expected version. */
    MessageSettings putTemplate(Actor actor, long expectedVersion, MessageKind kind, Language language, String text);

    /** Drops the office's own template of the kind and language (the shipped one applies again). */
    MessageSettings resetTemplate(Actor actor, long expectedVersion, MessageKind kind, Language language);

    /** Sets the language of messages to persons who prefer none, at the settings' expected version. */
    MessageSettings setDefaultLanguage(Actor actor, long expectedVersion, Language language);

    /**
     * The office's default language ({@code en} until set), for what writes to the office's people
     * in their language, such as the console's labels. Not audited: a language names nobody.
     */
    Language defaultLanguageOf(OfficeId office);
}
