package io.vigil.testkit.memory;

import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.store.VersionedStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The versioning rules of {@link VersionedStore} over a map. Every save stores a fresh copy (via
 * {@code withVersion}), so callers never share an instance with the store. Subclasses keep their
 * secondary indexes in step through {@link #indexed} and {@link #unindexed}.
 */
public abstract class InMemoryVersionedStore<I, A extends Versioned<I, A>> implements VersionedStore<I, A> {
    private final Map<I, A> byId = new ConcurrentHashMap<>();
    private final String type;
    /** The store's queries, answered from every stored aggregate. */
    protected final RecordQueries<I, A> query = new RecordQueries<>(() -> byId.values().stream(), this::findById);

    protected InMemoryVersionedStore(String type) {
        this.type = type;
    }

    /** The store's queries over every stored record, for the ports' {@code Scanned} queries. */
    public RecordQueries<I, A> query() {
        return query;
    }

    @Override
    public synchronized A save(A aggregate) {
        A current = byId.get(aggregate.id());
        long stored = current == null ? 0 : current.version();
        if (stored != aggregate.version()) {
            throw new VersionConflictException(type, aggregate.id(), aggregate.version(), stored);
        }
        A copy = aggregate.withVersion(aggregate.version() + 1);
        if (current != null) {
            unindexed(current);
        }
        byId.put(copy.id(), copy);
        indexed(copy);
        return copy.withVersion(copy.version());
    }

    @Override
    public Optional<A> findById(I id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized void delete(I id, long expectedVersion) {
        A current = byId.get(id);
        long stored = current == null ? 0 : current.version();
        if (current == null || stored != expectedVersion) {
            throw new VersionConflictException(type, id, expectedVersion, stored);
        }
        byId.remove(id);
        unindexed(current);
    }

    /** Called under the store's lock after an aggregate is stored. */
    protected void indexed(A aggregate) {
    }

    /** Called under the store's lock after an aggregate is replaced or removed. */
    protected void unindexed(A aggregate) {
    }
}
