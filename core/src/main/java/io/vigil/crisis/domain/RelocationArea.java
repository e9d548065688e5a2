package io.vigil.crisis.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An area people may have to leave, and how: its code and name, where it is (an outline on the map,
 * or a warden zone of the people context, whose outline is read when relocation is declared), its
 * assembly points, safe havens, routes and transport options. Names are unique within each list.
 */
public record RelocationArea(String code, String name, List<GeoPoint> outline, Optional<WardenZoneId> zone,
                             List<RelocationPlace> assemblyPoints, List<RelocationPlace> safeHavens,
                             List<EvacuationRoute> routes, List<TransportOption> transport) {
    /** The shape of an area's code: letters, digits and dashes, at most 32. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    /** The most assembly points, and the most safe havens, of an area. */
    public static final int MAX_PLACES = 20;
    /** The most routes of an area. */
    public static final int MAX_ROUTES = 20;
    /** The most transport options of an area. */
    public static final int MAX_TRANSPORT = 50;

    public RelocationArea {
        code = Require.text(code, "code", 32);
        Require.that(CODE.matcher(code).matches(), "code", "must be 1 to 32 letters, digits and dashes");
        name = Require.text(name, "name", 200);
        outline = Require.noNulls(outline, "outline");
        Require.nonNull(zone, "zone");
        Require.that(outline.isEmpty() == zone.isPresent(), "outline", "must be given exactly when no zone is");
        if (!outline.isEmpty()) {
            try {
                GeoArea.polygon(outline);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("outline", e.reason(), e);
            }
        }
        assemblyPoints = distinct(assemblyPoints, "assemblyPoints", MAX_PLACES, RelocationPlace::name);
        safeHavens = distinct(safeHavens, "safeHavens", MAX_PLACES, RelocationPlace::name);
        routes = distinct(routes, "routes", MAX_ROUTES, EvacuationRoute::name);
        transport = distinct(transport, "transport", MAX_TRANSPORT, TransportOption::name);
    }

    private static <T> List<T> distinct(List<T> items, String field, int max, Function<T, String> name) {
        List<T> copy = Require.noNulls(items, field);
        Require.that(copy.size() <= max, field, "must be at most " + max);
        Require.that(copy.stream().map(i -> name.apply(i).toLowerCase(Locale.ROOT)).distinct().count() == copy.size(),
                field, "must have distinct names");
        return copy;
    }

    /** The safe haven of that name (case ignored), if the area has one. */
    public Optional<RelocationPlace> haven(String havenName) {
        return safeHavens.stream().filter(h -> h.name().equalsIgnoreCase(havenName.strip())).findFirst();
    }

    /** The seats of every transport option of the area. */
    public int seats() {
        return transport.stream().mapToInt(TransportOption::seats).sum();
    }
}
