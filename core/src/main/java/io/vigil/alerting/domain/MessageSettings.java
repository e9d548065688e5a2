package io.vigil.alerting.domain;

import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An office's message settings, one per office and identified by it: the language its messages
 * are written in for a person who prefers none, and the office's own templates, each replacing the
 * shipped one of its kind and language ({@link ShippedTemplates}).
 */
public record MessageSettings(OfficeId id, long version, Language defaultLanguage, List<MessageTemplate> templates)
        implements Versioned<OfficeId, MessageSettings> {
    /** The most templates an office keeps: one per kind and language. */
    public static final int MAX_TEMPLATES = MessageKind.values().length * Language.SUPPORTED.size();

    public MessageSettings {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(defaultLanguage, "defaultLanguage");
        templates = Require.noNulls(templates, "templates");
        Set<String> keys = new HashSet<>();
        templates.forEach(t -> Require.that(keys.add(t.kind() + "/" + t.language()), "templates",
                "must not repeat " + t.kind() + " in " + t.language()));
        templates = templates.stream().sorted(Comparator.comparing((MessageTemplate t) -> t.kind())
                .thenComparing(t -> Language.SUPPORTED.indexOf(t.language()))).toList();
    }

    /** The settings of an office that has set nothing (version 0: not stored): English, the shipped templates. */
    public static MessageSettings standard(OfficeId office) {
        return new MessageSettings(office, 0, Language.EN, List.of());
    }

    /** The office's own template of the kind and language, if it has one. */
    public Optional<MessageTemplate> own(MessageKind kind, Language language) {
        return templates.stream().filter(t -> t.kind() == kind && t.language().equals(language)).findFirst();
    }

    /** The template in force: the office's own, else the shipped one. */
    public MessageTemplate template(MessageKind kind, Language language) {
        return own(kind, language).orElseGet(() -> ShippedTemplates.of(kind, language));
    }

    /** The template for a person who prefers {@code preferred} (the office's default when empty). */
    public MessageTemplate templateFor(MessageKind kind, Optional<Language> preferred) {
        return template(kind, preferred.orElse(defaultLanguage));
    }

    /** These settings with the template replacing any of its kind and language. */
    public MessageSettings with(MessageTemplate template) {
        List<MessageTemplate> kept = new java.util.ArrayList<>(templates.stream()
                .filter(t -> !(t.kind() == template.kind() && t.language().equals(template.language()))).toList());
        kept.add(template);
        return new MessageSettings(id, version, defaultLanguage, kept);
    }

    /** These settings without the office's own template of the kind and language (the shipped one applies). */
    public MessageSettings without(MessageKind kind, Language language) {
        return new MessageSettings(id, version, defaultLanguage, templates.stream()
                .filter(t -> !(t.kind() == kind && t.language().equals(language))).toList());
    }

    /** These settings with another default language. */
    public MessageSettings withDefault(Language language) {
        return new MessageSettings(id, version, language, templates);
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public MessageSettings withVersion(long newVersion) {
        return new MessageSettings(id, newVersion, defaultLanguage, templates);
    }
}
