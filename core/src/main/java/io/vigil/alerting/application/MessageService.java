package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.MessageTemplate;
import io.vigil.alerting.port.in.ManageMessagesUseCase;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.util.List;
import java.util.function.UnaryOperator;

/** The office's message settings: English and the shipped templates until set, then versioned. */
final class MessageService implements ManageMessagesUseCase {
    static final String TYPE = "message-settings";

    private final MessageSettingsStore settings;
    private final AccessGuard guard;

    MessageService(MessageSettingsStore settings, AccessGuard guard) {
        this.settings = settings;
        this.guard = guard;
    }

    @Override
    public MessageSettings get(Actor actor) {
        require(actor, Operation.READ, AuditAction.READ);
        return current(actor.office());
    }

    @Override
    public MessageTemplate template(Actor actor, MessageKind kind, Language language) {
        requireGiven(kind, language);
        return get(actor).template(kind, language);
    }

    @Override
    public Language defaultLanguageOf(OfficeId office) {
        Require.nonNull(office, "office");
        return current(office).defaultLanguage();
    }

    /** The office's settings, unchecked. */
    MessageSettings current(OfficeId office) {
        return settings.findById(office).orElseGet(() -> MessageSettings.standard(office));
    }

    @Override
    public MessageSettings putTemplate(Actor actor, long expectedVersion, MessageKind kind, Language language,
                                       String text) {
        requireGiven(kind, language);
        List<String> problems = MessageTemplate.problems(kind, text);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems.stream().map(p -> new FieldViolation("text", p)).toList());
        }
        MessageTemplate template = new MessageTemplate(kind, language, text);
        return change(actor, expectedVersion, s -> s.with(template));
    }

    @Override
    public MessageSettings resetTemplate(Actor actor, long expectedVersion, MessageKind kind, Language language) {
        requireGiven(kind, language);
        return change(actor, expectedVersion, s -> s.without(kind, language));
    }

    @Override
    public MessageSettings setDefaultLanguage(Actor actor, long expectedVersion, Language language) {
        if (language == null) {
            throw InvalidCommandException.of("defaultLanguage", "must be one of en, es, fr");
        }
        return change(actor, expectedVersion, s -> s.withDefault(language));
    }

    private MessageSettings change(Actor actor, long expectedVersion, UnaryOperator<MessageSettings> change) {
        require(actor, Operation.WRITE, AuditAction.UPDATE);
        MessageSettings stored = current(actor.office());
        if (stored.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, actor.office(), expectedVersion, stored.version());
        }
        return settings.save(change.apply(stored));
    }

    private void require(Actor actor, Operation operation, AuditAction action) {
        guard.require(actor, operation, AlertingData.MESSAGE_TEMPLATES, AccessTarget.office(actor.office()), action,
                TYPE, actor.office().value());
    }

    private static void requireGiven(MessageKind kind, Language language) {
        List<FieldViolation> missing = new java.util.ArrayList<>();
        if (kind == null) {
            missing.add(new FieldViolation("kind", "must be one of " + List.of(MessageKind.values())));
        }
        if (language == null) {
            missing.add(new FieldViolation("language", "must be one of en, es, fr"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidCommandException(missing);
        }
    }
}
