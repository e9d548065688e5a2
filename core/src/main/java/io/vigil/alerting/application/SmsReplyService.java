package io.vigil.alerting.application;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.FieldText;
import io.vigil.alerting.domain.FieldWords;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.ReplyWords;
import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.alerting.port.in.ReplyReceipt;
import io.vigil.alerting.port.in.SmsReceipt;
import io.vigil.alerting.port.in.SmsRepliesUseCase;
import io.vigil.alerting.port.out.FieldReports;
import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads an SMS reply with the reply words of every language, records it through the
 * communication tests' {@code reply}, and answers the sender by SMS in their language: the person
 * the latest request to their number was for, with the language they prefer (read from the
 * personnel context), else the office's default. {@link #read} also takes call-ins and flash reports
 * from the field ({@link FieldWords}), from the phone of a person of the office, and hands them to
 * the movement and incident contexts ({@link FieldReports}).
 */
final class SmsReplyService implements SmsRepliesUseCase {
    private static final int SHOWN = 20;
    private static final int MAX_FROM = 40;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final CommunicationTestsUseCase tests;
    private final Broadcaster broadcaster;
    private final MessageTexts texts;
    private final ContactDirectoryUseCase directory;
    private final FieldReports field;

    SmsReplyService(CommunicationTestsUseCase tests, Broadcaster broadcaster, MessageTexts texts,
                    ContactDirectoryUseCase directory, FieldReports field) {
        this.tests = tests;
        this.broadcaster = broadcaster;
        this.texts = texts;
        this.directory = directory;
        this.field = field;
    }

    @Override
    public SmsReceipt read(Actor actor, String from, String text, Instant at) {
        checkFrom(from);
        Optional<FieldText> said = FieldWords.read(text);
        if (said.isEmpty()) {
            return new SmsReceipt.ReplyRead(receive(actor, from, text, at));
        }
        List<PersonId> holders = directory.holders(actor, from);
        if (holders.isEmpty()) {
            answer(actor, from, Optional.empty(), Optional.empty(), MessageKind.FIELD_NUMBER_UNKNOWN, Map.of());
            throw InvalidCommandException.of("from", "is the phone number of no person of office " + actor.office()
                    + ": a call-in or flash report is taken only from a person's own phone");
        }
        PersonId sender = holders.get(0);
        Optional<Language> language = Optional.ofNullable(directory.languages(actor, List.of(sender)).get(sender));
        String by = "SMS from " + from.strip();
        if (said.get() instanceof FieldText.Garbled g) {
            answer(actor, from, Optional.of(sender), language, g.flow() == FieldText.Flow.CALL_IN
                    ? MessageKind.CALL_IN_NOT_UNDERSTOOD : MessageKind.FLASH_NOT_UNDERSTOOD, Map.of());
            throw InvalidCommandException.of("text", g.problem() + " (see docs/languages.md)");
        }
        if (said.get() instanceof FieldText.CallInSaid c) {
            FieldReports.CallInLogged logged;
            try {
                logged = field.callIn(actor, sender, by, c.time(), c.place());
            } catch (InvalidCommandException e) {
                answer(actor, from, Optional.of(sender), language, MessageKind.CALL_IN_NOT_UNDERSTOOD, Map.of());
                throw e;
            } catch (RefusedException e) {
                answer(actor, from, Optional.of(sender), language, MessageKind.CALL_IN_NO_MOVEMENT, Map.of());
                throw e;
            }
            answer(actor, from, Optional.of(sender), language, MessageKind.CALL_IN_RECORDED, Map.of(
                    "time", c.time().format(HH_MM), "title", logged.title()));
            return new SmsReceipt.CallInRead(sender, logged.movement(), logged.at());
        }
        FieldText.FlashSaid f = (FieldText.FlashSaid) said.get();
        FieldReports.FlashLogged logged;
        try {
            logged = field.flash(actor, sender, by, f.category(), f.text(), at);
        } catch (InvalidCommandException | RefusedException e) {
            answer(actor, from, Optional.of(sender), language, MessageKind.FLASH_NOT_UNDERSTOOD, Map.of());
            throw e;
        }
        answer(actor, from, Optional.of(sender), language, MessageKind.FLASH_REPORT_OPENED,
                Map.of("category", logged.category()));
        return new SmsReceipt.FlashRead(sender, logged.incident(), logged.category());
    }

    private static void checkFrom(String from) {
        if (from == null || from.isBlank()) {
            throw InvalidCommandException.of("from", "must name the address the reply came from");
        }
        if (from.length() > MAX_FROM) {
            throw InvalidCommandException.of("from", "must be at most " + MAX_FROM + " characters");
        }
    }

    @Override
    public ReplyReceipt receive(Actor actor, String from, String text, Instant at) {
        checkFrom(from);
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
