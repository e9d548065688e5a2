package io.vigil.people.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.Optional;

/**
 * The office's persons with their addresses, for broadcasts (communication tests, roll-calls).
 * It needs office-wide contact access, and every read is audited with the persons it exposed.
 */
public interface ContactDirectoryUseCase {
    /** The office's persons, optionally of one category (e.g. {@code INTERNATIONAL_STAFF}), by name. */
    Page<Reachable> reachable(Actor actor, Optional<String> category, PageRequest page);
}
