package io.vigil.files;

import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionedStore;
import java.util.Optional;

/** The versioning rules of {@link VersionedStore} over a {@link JsonDirectory}. */
public abstract class FileVersionedStore<I, A extends Versioned<I, A>> implements VersionedStore<I, A> {
    protected final JsonDirectory<A> files;
    /** The store's queries, answered by reading every file. */
    protected final RecordQueries<I, A> query;
    private final String type;

    protected FileVersionedStore(JsonDirectory<A> files, String type) {
        this.files = files;
        this.query = new RecordQueries<>(files::stream, this::findById);
        this.type = type;
    }

    /** The store's queries over every stored record, for the ports' {@code Scanned} queries. */
    public RecordQueries<I, A> query() {
        return query;
    }

    @Override
    public synchronized A save(A aggregate) {
        String id = aggregate.id().toString();
        A current = files.get(id);
        long stored = current == null ? 0 : current.version();
        if (stored != aggregate.version()) {
            throw new VersionConflictException(type, id, aggregate.version(), stored);
        }
        A next = aggregate.withVersion(aggregate.version() + 1);
        files.put(next);
        return next;
    }

    @Override
    public Optional<A> findById(I id) {
        return Optional.ofNullable(files.get(id.toString()));
    }

    @Override
    public synchronized void delete(I id, long expectedVersion) {
        A current = files.get(id.toString());
        long stored = current == null ? 0 : current.version();
        if (current == null || stored != expectedVersion) {
            throw new VersionConflictException(type, id, expectedVersion, stored);
        }
        files.remove(id.toString());
    }
}
