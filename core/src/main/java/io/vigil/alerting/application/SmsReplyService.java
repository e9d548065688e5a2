package io.vigil.alerting.application;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.ReplyWords;
import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.alerting.port.in.ReplyReceipt;
import io.vigil.alerting.port.in.SmsRepliesUseCase;
import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads an SMS reply with the reply words of every language, records it through the
 * communication tests' {@code reply}, and answers the sender by SMS in their language: the person
 * the latest request to their number was for, with the language they prefer (read from the
 * personnel context), else the office's default.
 */
final class SmsReplyService implements SmsRepliesUseCase {
    private static final int SHOWN = 20;
    private static final int MAX_FROM = 40;

    private final CommunicationTestsUseCase tests;
    private final Broadcaster broadcaster;
    private final MessageTexts texts;
    private final ContactDirectoryUseCase directory;

    SmsReplyService(CommunicationTestsUseCase tests, Broadcaster broadcaster, MessageTexts texts,
                    ContactDirectoryUseCase directory) {
        this.tests = tests;
        this.broadcaster = broadcaster;
        this.texts = texts;
        this.directory = directory;
    }

    @Override
    public ReplyReceipt receive(Actor actor, String from, String text, Instant at) {
        if (from == null || from.isBlank()) {
            throw InvalidCommandException.of("from", "must name the address the reply came from");
        }
        if (from.length() > MAX_FROM) {
            throw InvalidCommandException.of("from", "must be at most " + MAX_FROM + " characters");
        }
        Optional<PersonId> sender = sender(actor, from);
        Optional<Language> language = sender.flatMap(p -> Optional.ofNullable(
                directory.languages(actor, List.of(p)).get(p)));
        Optional<Answer> answer = ReplyWords.answer(text);
        if (answer.isEmpty()) {
            answer(actor, from, sender, language, MessageKind.REPLY_NOT_UNDERSTOOD, Map.of());
            String said = text == null ? "" : text.strip();
            throw InvalidCommandException.of("text", "must be 1 or 2 or a reply word of en, es or fr (see"
                    + " docs/languages.md), was '" + (said.length() > SHOWN ? said.substring(0, SHOWN) + "…" : said)
                    + "'");
        }
        ReplyReceipt receipt;
        try {
            receipt = tests.reply(actor, Channel.SMS, from, answer.get(), at);
        } catch (InvalidCommandException e) {
            if (e.violations().stream().map(FieldViolation::field).anyMatch("from"::equals)) {
                answer(actor, from, sender, language, MessageKind.REPLY_NOTHING_WAITING, Map.of());
            }
            throw e;
        }
        answer(actor, from, sender, language, receipt.checkIn().answer() == Answer.NEEDS_HELP
                ? MessageKind.REPLY_NEEDS_HELP : MessageKind.REPLY_SAFE, Map.of("title", receipt.title()));
        return receipt;
    }

    /** The person the latest message to the number was for, if any. */
    private Optional<PersonId> sender(Actor actor, String from) {
        List<OutboundMessage> sent = broadcaster.sentTo(actor.office(), from);
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).recipient().isPresent()) {
                return sent.get(i).recipient();
            }
        }
        return Optional.empty();
    }

    private void answer(Actor actor, String to, Optional<PersonId> person, Optional<Language> language,
                        MessageKind kind, Map<String, String> values) {
        broadcaster.send("sms-answer-" + UUID.randomUUID(), actor.office(), person, Channel.SMS, to.strip(),
                texts.render(actor.office(), kind, language, values));
    }
}
