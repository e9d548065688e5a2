package io.vigil.testkit.golden;

import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionedStore;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One store as the released-bodies contract sees it: the directory its golden bodies lie in, the
 * domain type a body reads as, how the store takes a record through its port, and how it finds one
 * again.
 *
 * @param <T> the record type
 */
public record GoldenStore<T>(String dir, Class<T> type, Consumer<T> insert, Function<T, Optional<T>> find) {

    /** A versioned store: a record goes in as new (version 0) and is found by its id. */
    public static <I, T extends Versioned<I, T>> GoldenStore<T> versioned(String dir, Class<T> type,
                                                                        VersionedStore<I, T> store) {
        return new GoldenStore<>(dir, type, r -> store.save(r.withVersion(0)), r -> store.findById(r.id()));
    }

    /** The same store seen through a wider type, for lists of stores of several types. */
    @SuppressWarnings("unchecked")
    public Optional<Object> findAny(Object record) {
        return find.apply((T) record).map(Object.class::cast);
    }

    /** Takes an already read record through the store's port. */
    @SuppressWarnings("unchecked")
    public void insertAny(Object record) {
        insert.accept((T) record);
    }
}
