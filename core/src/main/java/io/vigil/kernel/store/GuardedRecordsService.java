package io.vigil.kernel.store;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/**
 * A {@link RecordsUseCase} over {@link GuardedRecords}: reading, removing and listing are the
 * guarded records' own, so a context's service says only how details become a record (and
 * overrides what it does beyond that).
 */
public abstract class GuardedRecordsService<I, D, A extends Versioned<I, A>> implements RecordsUseCase<I, D, A> {
    /** The service's records, access-checked. */
    protected final GuardedRecords<I, A> records;

    protected GuardedRecordsService(GuardedRecords<I, A> records) {
        this.records = records;
    }

    @Override
    public A get(Actor actor, I id) {
        return records.get(actor, id);
    }

    @Override
    public void remove(Actor actor, I id, long expectedVersion) {
        records.remove(actor, id, expectedVersion);
    }

    @Override
    public Page<A> list(Actor actor, PageRequest page) {
        return records.list(actor, page);
    }
}
