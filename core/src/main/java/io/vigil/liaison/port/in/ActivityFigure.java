package io.vigil.liaison.port.in;

import io.vigil.kernel.Require;
import java.util.Collection;
import java.util.List;

/** One figure of the liaison activity: how many records it counts, and their ids (sorted). */
public record ActivityFigure(int count, List<String> ids) {
    public ActivityFigure {
        ids = Require.noNulls(ids, "ids").stream().sorted().toList();
        Require.that(count == ids.size(), "count", "must be the number of ids");
    }

    /** The figure counting these ids (each once). */
    public static ActivityFigure of(Collection<?> ids) {
        List<String> distinct = ids.stream().map(String::valueOf).distinct().toList();
        return new ActivityFigure(distinct.size(), distinct);
    }
}
