package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An office's relocation and evacuation arrangements: its areas (each with assembly points, safe
 * havens, routes and transport) and the order in which a relocation list seats people, a priority
 * order over every {@link EvacueeCategory}, each once (by default dependents first, national staff
 * last). Keyed by office.
 */
public record RelocationPlan(OfficeId id, long version, List<RelocationArea> areas, List<EvacueeCategory> priority)
        implements Versioned<OfficeId, RelocationPlan> {
    /** The most areas of an office. */
    public static final int MAX_AREAS = 20;
    /** The order of an office that has set none. */
    public static final List<EvacueeCategory> DEFAULT_PRIORITY = List.of(EvacueeCategory.DEPENDENT,
            EvacueeCategory.MISSION_VISITOR, EvacueeCategory.CONSULTANT, EvacueeCategory.INTERNATIONAL_STAFF,
            EvacueeCategory.NATIONAL_STAFF);

    public RelocationPlan {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        areas = Require.noNulls(areas, "areas");
        Require.that(areas.size() <= MAX_AREAS, "areas", "must be at most " + MAX_AREAS);
        Require.that(areas.stream().map(a -> a.code().toLowerCase(Locale.ROOT)).distinct().count() == areas.size(),
                "areas", "must have distinct codes");
        priority = Require.noNulls(priority, "priority");
        Require.that(priority.size() == EvacueeCategory.values().length
                        && Set.copyOf(priority).size() == EvacueeCategory.values().length,
                "priority", "must list every category once: " + List.of(EvacueeCategory.values()));
    }

    /** The arrangements of an office that has made none (version 0: not stored). */
    public static RelocationPlan empty(OfficeId office) {
        return new RelocationPlan(office, 0, List.of(), DEFAULT_PRIORITY);
    }

    @Override
    public OfficeId office() {
        return id;
    }

    /** The area of that code (case ignored), if there is one. */
    public Optional<RelocationArea> area(String code) {
        return areas.stream().filter(a -> a.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    @Override
    public RelocationPlan withVersion(long newVersion) {
        return new RelocationPlan(id, newVersion, areas, priority);
    }
}
