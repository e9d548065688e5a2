package io.vigil.alerting.application;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.Actor;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.Reachable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Notices to persons on e-mail and app, and to the officer on call: a text as given, or worded from
 * the office's template of a kind in each recipient's language.
 */
final class NoticeService implements NoticesUseCase {
    /** The longest notice id: a message id appends the person, the channel and the page (under 60 characters). */
    static final int MAX_NOTICE_ID = 120;
    private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.APP);
    private static final List<Channel> EVERY_TEXT_CHANNEL = List.of(Channel.SMS, Channel.EMAIL, Channel.APP);

    private final Broadcaster broadcaster;
    private final OfficerAlerts officers;
    private final ContactDirectoryUseCase directory;

    NoticeService(Broadcaster broadcaster, OfficerAlerts officers, ContactDirectoryUseCase directory) {
        this.broadcaster = broadcaster;
        this.officers = officers;
        this.directory = directory;
    }

    @Override
    public NoticeReceipt notify(Actor actor, String noticeId, Collection<PersonId> persons, String text) {
        requireNoticeId(noticeId);
        Require.text(text, "text", 2000);
        return send(actor, noticeId, persons, language -> text, CHANNELS, true);
    }

    @Override
    public NoticeReceipt notify(Actor actor, String noticeId, Collection<PersonId> persons, TemplatedNotice notice,
                                Map<String, String> values, Map<String, Instant> times) {
        requireNoticeId(noticeId);
        return send(actor, noticeId, persons, wording(actor.office(), notice, values, times), CHANNELS, true);
    }

    @Override
    public NoticeReceipt tell(Actor actor, String noticeId, Collection<PersonId> persons, TemplatedNotice notice,
                              Map<String, String> values, Map<String, Instant> times) {
        requireNoticeId(noticeId);
        return send(actor, noticeId, persons, wording(actor.office(), notice, values, times), EVERY_TEXT_CHANNEL,
                false);
    }

    @Override
    public NoticeWording wording(OfficeId office) {
        return OfficeWording.of(broadcaster.texts(), office);
    }

    /**
     * A notice's id: letters, digits and dashes, at most {@link #MAX_NOTICE_ID} characters, so each
     * message id derived from it (the person, the channel and the page appended) is a valid one.
     */
    private static void requireNoticeId(String noticeId) {
        Require.text(noticeId, "noticeId", MAX_NOTICE_ID);
        Require.that(OutboundMessage.isId(noticeId), "noticeId", "must be letters, digits and dashes, was '"
                + noticeId + "'");
    }

    /** The notice's text in a language, from the office's templates (read once), its times local. */
    private Function<Optional<Language>, String> wording(OfficeId office, TemplatedNotice notice,
                                                          Map<String, String> values, Map<String, Instant> times) {
        Require.nonNull(notice, "notice");
        OfficeWording words = OfficeWording.of(broadcaster.texts(), office);
        return language -> words.word(notice, language, values, times);
    }

    private NoticeReceipt send(Actor actor, String noticeId, Collection<PersonId> persons,
                               Function<Optional<Language>, String> textIn, List<Channel> channels,
                               boolean tellOfficer) {
        List<Reachable> audience = persons.isEmpty() ? List.of() : directory.persons(actor, List.copyOf(persons));
        int queued = 0;
        List<PersonId> unreachable = new ArrayList<>(Broadcaster.unreachable(audience, channels));
        for (Reachable r : audience) {
            String text = textIn.apply(r.language());
            queued += broadcaster.notifyOnEvery(noticeId + "-" + r.person(), actor.office(), r, channels,
                    c -> List.of(text));
        }
        persons.stream().filter(p -> audience.stream().noneMatch(r -> r.person().equals(p))
                && !unreachable.contains(p)).forEach(unreachable::add);
        if (!tellOfficer) {
            return new NoticeReceipt(queued, unreachable, false);
        }
        // the officer on call is a duty phone, not a person: the office's default language
        var told = officers.tell(actor.office(), noticeId + "-officer", textIn.apply(Optional.empty()));
        return new NoticeReceipt(queued + told.orElse(0), unreachable, told.isPresent());
    }
}
