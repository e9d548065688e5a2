package io.vigil.incident.domain;

import io.vigil.kernel.geo.GeoArea;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Trends that feed risk: {@value #THRESHOLD} or more incidents of one category inside an area within
 * the {@link #WINDOW} (90 days) up to an instant suggest that the area's risk assessment be reviewed.
 */
public final class IncidentTrends {
    /** How many incidents of one category make a trend. */
    public static final int THRESHOLD = 3;
    /** How far back a trend looks. */
    public static final Duration WINDOW = Duration.ofDays(90);

    private IncidentTrends() {
    }

    /**
     * The categories with a trend in the area at {@code at}, each with its incidents (earliest
     * first, ties by id), categories by code: incidents inside the area that happened within the
     * window ending at {@code at} (both ends included).
     */
    public static Map<String, List<IncidentReport>> trends(List<IncidentReport> incidents, GeoArea area, Instant at) {
        Instant from = at.minus(WINDOW);
        Map<String, List<IncidentReport>> byCategory = incidents.stream()
                .filter(i -> !i.occurredAt().isBefore(from) && !i.occurredAt().isAfter(at))
                .filter(i -> i.place().within(area))
                .sorted(Comparator.comparing(IncidentReport::occurredAt).thenComparing(i -> i.id().toString()))
                .collect(Collectors.groupingBy(IncidentReport::category, TreeMap::new, Collectors.toList()));
        byCategory.values().removeIf(list -> list.size() < THRESHOLD);
        return byCategory;
    }
}
