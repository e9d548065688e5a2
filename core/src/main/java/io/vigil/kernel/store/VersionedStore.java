package io.vigil.kernel.store;

import java.util.Optional;

/**
 * The persistence contract every aggregate store shares: insert (version 0), update (current
 * version) and delete (current version), each refused with {@link VersionConflictException} when
 * the version is stale. A refused or failed write leaves the stored data as it was.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
public interface VersionedStore<I, A extends Versioned<I, A>> {

    /** Inserts or updates; returns the stored copy with its new version. */
    A save(A aggregate);

    /** The stored aggregate, if any. */
    Optional<A> findById(I id);

    /** Deletes the aggregate at the expected version. */
    void delete(I id, long expectedVersion);
}
