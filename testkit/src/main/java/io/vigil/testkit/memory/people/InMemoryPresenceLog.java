package io.vigil.testkit.memory.people;

import io.vigil.kernel.PersonId;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link PresenceLog} in memory, with an index by person, so a person's stays (and the locator's
 * residents' stays) are lookups, not a scan of every stay.
 */
public final class InMemoryPresenceLog extends InMemoryVersionedStore<PresenceId, Presence>
        implements PresenceLog.Scanned {
    private final MemberIndex<PersonId, PresenceId> byPerson = new MemberIndex<>();

    public InMemoryPresenceLog() {
        super("presence");
    }

    @Override
    public List<Presence> ofPerson(PersonId person) {
        Set<PresenceId> ids = byPerson.of(person);
        return ids.isEmpty() ? List.of() : query.byIds(ids, p -> p.person().equals(person), LATEST_FIRST);
    }

    /** One lookup per person asked, each once, in the order first asked. */
    @Override
    public Map<PersonId, List<Presence>> ofPersons(Collection<PersonId> persons) {
        Map<PersonId, List<Presence>> found = new LinkedHashMap<>();
        for (PersonId p : persons) {
            if (!found.containsKey(p)) {
                found.put(p, ofPerson(p));
            }
        }
        return found;
    }

    @Override
    protected void indexed(Presence p) {
        byPerson.put(p.id(), List.of(p.person()));
    }

    @Override
    protected void unindexed(Presence p) {
        byPerson.remove(p.id(), List.of(p.person()));
    }
}
