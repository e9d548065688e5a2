package io.vigil.kernel.store;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The queries of a store that answers by reading every record it holds (in memory, a directory of
 * files), written once: an office's records by a filter, in order, whole or a page at a time;
 * records of any office (a person's, wherever they are recorded); records by id. A store that can
 * ask an index or a database answers the same questions its own way.
 *
 * @param <I> the id type
 * @param <A> the record type
 */
public final class RecordQueries<I, A extends Versioned<I, A>> {
    private final Supplier<? extends Stream<A>> all;
    private final Function<? super I, Optional<A>> byId;

    /**
     * @param all  every stored record, read afresh on each call
     * @param byId one stored record
     */
    public RecordQueries(Supplier<? extends Stream<A>> all, Function<? super I, Optional<A>> byId) {
        this.all = Objects.requireNonNull(all, "all");
        this.byId = Objects.requireNonNull(byId, "byId");
    }

    /** Every record of the office that passes the filter, in no particular order. */
    public Stream<A> matching(OfficeId office, Predicate<? super A> filter) {
        return all.get().filter(a -> a.office().equals(office)).filter(filter);
    }

    /** The office's records that pass the filter, in order. */
    public List<A> list(OfficeId office, Predicate<? super A> filter, Comparator<? super A> order) {
        return matching(office, filter).sorted(order).toList();
    }

    /** Every record of the office, in order. */
    public List<A> list(OfficeId office, Comparator<? super A> order) {
        return list(office, a -> true, order);
    }

    /** A page of the office's records that pass the filter, in order. */
    public Page<A> page(OfficeId office, Predicate<? super A> filter, Comparator<? super A> order,
                        PageRequest page) {
        return Page.of(list(office, filter, order), page);
    }

    /** A page of the office's records, in order. */
    public Page<A> page(OfficeId office, Comparator<? super A> order, PageRequest page) {
        return page(office, a -> true, order, page);
    }

    /** The records of any office that pass the filter, in order: a person's, wherever recorded. */
    public List<A> anyOffice(Predicate<? super A> filter, Comparator<? super A> order) {
        return all.get().filter(filter).sorted(order).toList();
    }

    /** The stored records among the ids (each once; unknown ids are left out), in order. */
    public List<A> byIds(Collection<? extends I> ids, Comparator<? super A> order) {
        return byIds(ids, a -> true, order);
    }

    /** The stored records among the ids that pass the filter, in order: what an index narrowed down. */
    public List<A> byIds(Collection<? extends I> ids, Predicate<? super A> filter, Comparator<? super A> order) {
        return ids.stream().distinct().map(byId).flatMap(Optional::stream).filter(filter).sorted(order).toList();
    }
}
