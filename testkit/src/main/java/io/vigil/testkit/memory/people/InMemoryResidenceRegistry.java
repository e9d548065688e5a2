package io.vigil.testkit.memory.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link ResidenceRegistry} in memory, with a grid over locations ({@link SpanGrid}, every entry for all time). */
public final class InMemoryResidenceRegistry extends InMemoryVersionedStore<ResidenceId, Residence>
        implements ResidenceRegistry.Scanned {
    private final SpanGrid<ResidenceId> index = new SpanGrid<>();
    private final MemberIndex<PersonId, ResidenceId> byPerson = new MemberIndex<>();

    public InMemoryResidenceRegistry() {
        super("residence");
    }


    @Override
    public List<Residence> ofPerson(PersonId person) {
        return query.byIds(byPerson.of(person), r -> r.residents().contains(person), BY_ID);
    }

    @Override
    public synchronized List<Residence> within(OfficeId office, GeoBox box) {
        return index.query(box, Instant.MIN, Instant.MAX).stream().map(this::findById).flatMap(Optional::stream)
                .filter(r -> r.office().equals(office) && box.contains(r.location())).toList();
    }

    @Override
    protected void indexed(Residence r) {
        index.put(r.id(), at(r), Instant.MIN, Instant.MAX);
        byPerson.put(r.id(), r.residents());
    }

    @Override
    protected void unindexed(Residence r) {
        index.remove(r.id(), at(r), Instant.MIN, Instant.MAX);
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
