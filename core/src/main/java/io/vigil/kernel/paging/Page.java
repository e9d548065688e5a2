package io.vigil.kernel.paging;

import io.vigil.kernel.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One slice of a longer list, with the total number of items in the list. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new InvalidValueException("total", "must be at least the number of items");
        }
    }

    /** The page of {@code all} that {@code request} names. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request.offset(), request.limit());
    }

    /** Every item of a paged list, fetched in the largest pages allowed. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> fetch) {
        List<T> all = new ArrayList<>();
        Page<T> page;
        do {
            page = fetch.apply(new PageRequest(all.size(), PageRequest.MAX_LIMIT));
            all.addAll(page.items());
        } while (!page.items().isEmpty() && all.size() < page.total());
        return all;
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, offset, limit);
    }
}
