package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.port.out.PresenceLog;
import java.time.Instant;
import java.util.List;

/** {@link PresenceLog} on JSON files. */
final class FilePresenceLog extends FileVersionedStore<PresenceId, Presence> implements PresenceLog {
    FilePresenceLog(JsonDirectory<Presence> files) {
        super(files, "presence");
    }

    @Override
    public Page<Presence> list(OfficeId office, PageRequest page) {
        return query.page(office, LATEST_FIRST, page);
    }

    @Override
    public List<Presence> ofPerson(PersonId person) {
        return query.anyOffice(p -> p.person().equals(person), LATEST_FIRST);
    }

    @Override
    public List<Presence> presentAt(OfficeId office, Instant instant) {
        return query.matching(office, p -> p.coversInstant(instant)).toList();
    }
}
