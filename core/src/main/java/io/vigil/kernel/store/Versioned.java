package io.vigil.kernel.store;

import io.vigil.kernel.OfficeId;

/**
 * An aggregate under optimistic concurrency. A new aggregate has version 0; every store saves
 * it as version 1, and each accepted update adds one. An update whose version is not the stored
 * one is refused with {@link VersionConflictException}.
 *
 * @param <I> the id type
 * @param <A> the aggregate type itself
 */
public interface Versioned<I, A extends Versioned<I, A>> {
    /** The aggregate's id. */
    I id();

    /** The office the aggregate belongs to. */
    OfficeId office();

    /** The stored version this copy is based on; 0 for a new aggregate. */
    long version();

    /** A copy with another version, used by stores only. */
    A withVersion(long version);
}
