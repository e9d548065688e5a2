package io.vigil.kernel.store;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/**
 * The inbound shape every collection of versioned office records shares: create from details,
 * read one, replace and remove at an expected version, list a page of the actor's office. A
 * context's use case extends it with its own operations; the REST adapter serves it once.
 *
 * @param <I> the id type
 * @param <D> the details a caller sends to create or replace a record
 * @param <E> what the caller gets back (the record, or a view of it)
 */
public interface RecordsUseCase<I, D, E> {
    /** Creates a record in the actor's office. */
    E create(Actor actor, D details);

    /** One record. */
    E get(Actor actor, I id);

    /** Replaces a record's details at the expected version. */
    E update(Actor actor, I id, long expectedVersion, D details);

    /** Removes a record at the expected version. */
    void remove(Actor actor, I id, long expectedVersion);

    /** A page of the actor's office's records. */
    Page<E> list(Actor actor, PageRequest page);
}
