package io.vigil.kernel;

import io.vigil.kernel.validation.InvalidCommandException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The offices a cross-office read is asked for (the SOC's overview and the counts it is made of): at
 * least one, at most {@value #MAX}, each once, in the order of their ids.
 */
public final class OfficeSelection {
    /** The most offices one cross-office read covers. */
    public static final int MAX = 500;

    private OfficeSelection() {
    }

    /**
     * The offices asked, each once and ordered by id; an {@link InvalidCommandException} on
     * {@code field} when there are none, one is null, or there are more than {@value #MAX}.
     */
    public static List<OfficeId> require(Collection<OfficeId> offices, String field) {
        if (offices == null || offices.isEmpty()) {
            throw InvalidCommandException.of(field, "must name at least one office");
        }
        if (offices.stream().anyMatch(o -> o == null)) {
            throw InvalidCommandException.of(field, "must not contain null");
        }
        TreeSet<OfficeId> unique = new TreeSet<>(Comparator.comparing(OfficeId::value));
        unique.addAll(offices);
        if (unique.size() > MAX) {
            throw InvalidCommandException.of(field, "must name at most " + MAX + " offices, named " + unique.size());
        }
        return List.copyOf(unique);
    }
}
