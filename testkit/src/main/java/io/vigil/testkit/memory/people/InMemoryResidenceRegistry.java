package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ResidenceRegistry} in memory, with a grid over locations ({@link SpanGrid}, every entry for
 * all time) that files each stored residence itself, so a query reads no map.
 */
public final class InMemoryResidenceRegistry extends InMemoryVersionedStore<ResidenceId, Residence>
        implements ResidenceRegistry.Scanned {
    private final SpanGrid<Residence> index = new SpanGrid<>();
    private final MemberIndex<PersonId, ResidenceId> byPerson = new MemberIndex<>();

    public InMemoryResidenceRegistry() {
        super("residence");
    }


    @Override
    public List<Residence> ofPerson(PersonId person) {
        return query.byIds(byPerson.of(person), r -> r.residents().contains(person), BY_ID);
    }

    /** Each residence once: the grid holds one entry per residence stored. */
    @Override
    public synchronized List<Residence> within(OfficeId office, GeoBox box) {
        List<Residence> found = new ArrayList<>();
        index.forEach(box, Instant.MIN, Instant.MAX, r -> {
            if (r.office().equals(office) && box.contains(r.location())) {
                found.add(r);
            }
        });
        return found;
    }

    @Override
    protected void indexed(Residence r) {
        index.put(r, at(r), Instant.MIN, Instant.MAX);
        byPerson.put(r.id(), r.residents());
    }

    @Override
    protected void unindexed(Residence r) {
        index.remove(r, at(r), Instant.MIN, Instant.MAX);
        byPerson.remove(r.id(), r.residents());
    }

    private static GeoBox at(Residence r) {
        return new GeoBox(r.location().latitude(), r.location().longitude(), r.location().latitude(),
                r.location().longitude());
    }

    /** The bytes of the location index's arrays. */
    public synchronized long indexBytes() {
        return index.bytes();
    }
}
