package io.vigil.rest.resource;

import io.vigil.kernel.paging.Page;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the list's total. */
public record PageResource<T>(List<T> items, long total, int offset, int limit) {

    public static <D, T> PageResource<T> from(Page<D> page, Function<? super D, T> mapper) {
        return new PageResource<>(page.items().stream().<T>map(mapper).toList(), page.total(), page.offset(),
                page.limit());
    }
}
