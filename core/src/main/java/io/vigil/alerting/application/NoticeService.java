package io.vigil.alerting.application;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.Actor;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.Reachable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Notices to persons on e-mail and app, and to the officer on call. */
final class NoticeService implements NoticesUseCase {
    private static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.APP);

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
        Require.text(noticeId, "noticeId", 200);
        Require.text(text, "text", 2000);
        List<Reachable> audience = persons.isEmpty() ? List.of() : directory.persons(actor, List.copyOf(persons));
        int queued = 0;
        List<PersonId> unreachable = new ArrayList<>(Broadcaster.unreachable(audience, CHANNELS));
        for (Reachable r : audience) {
            queued += broadcaster.notifyOnEvery(noticeId + "-" + r.person(), actor.office(), r, CHANNELS,
                    c -> List.of(text));
        }
        persons.stream().filter(p -> audience.stream().noneMatch(r -> r.person().equals(p))
                && !unreachable.contains(p)).forEach(unreachable::add);
        var told = officers.tell(actor.office(), noticeId + "-officer", text);
        return new NoticeReceipt(queued + told.orElse(0), unreachable, told.isPresent());
    }
}
