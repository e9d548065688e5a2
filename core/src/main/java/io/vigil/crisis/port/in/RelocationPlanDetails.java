package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.RouteKind;
import io.vigil.crisis.domain.TransportKind;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An office's relocation and evacuation arrangements: its areas (at most 20) and the priority order
 * of categories a list seats people in (every category once; omitted, the default order).
 */
public record RelocationPlanDetails(@NotNull @Size(max = 20) List<@NotNull @Valid RelocationAreaDetails> areas,
                                    @Size(min = 5, max = 5) List<@NotNull EvacueeCategory> priority) {

    /**
     * An area: its code and name, an outline (3 to 1,000 points) or a warden zone, and at most 20
     * assembly points, 20 safe havens, 20 routes and 50 transport options.
     */
    public record RelocationAreaDetails(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*",
                                                message = "must be letters, digits and dashes") String code,
                                        @NotBlank @Size(max = 200) String name,
                                        @Size(max = 1000) List<@NotNull GeoPoint> outline,
                                        WardenZoneId zone,
                                        @Size(max = 20) List<@NotNull @Valid RelocationPlaceDetails> assemblyPoints,
                                        @Size(max = 20) List<@NotNull @Valid RelocationPlaceDetails> safeHavens,
                                        @Size(max = 20) List<@NotNull @Valid EvacuationRouteDetails> routes,
                                        @Size(max = 50) List<@NotNull @Valid TransportOptionDetails> transport) {
        public RelocationAreaDetails {
            outline = outline == null ? List.of() : outline;
            assemblyPoints = assemblyPoints == null ? List.of() : assemblyPoints;
            safeHavens = safeHavens == null ? List.of() : safeHavens;
            routes = routes == null ? List.of() : routes;
            transport = transport == null ? List.of() : transport;
        }
    }

    /** An assembly point or safe haven: name, point, capacity (1 to 100,000) and up to ten contacts. */
    public record RelocationPlaceDetails(@NotBlank @Size(max = 200) String name, @NotNull GeoPoint point,
                                         @Min(1) @Max(100_000) int capacity,
                                         @Size(max = 10) List<@NotBlank @Size(max = 200) String> contacts) {
        public RelocationPlaceDetails {
            contacts = contacts == null ? List.of() : contacts;
        }
    }

    /** A route: name, primary or alternate, from and to in words, and its points (2 to 500). */
    public record EvacuationRouteDetails(@NotBlank @Size(max = 200) String name, @NotNull RouteKind kind,
                                         @NotBlank @Size(max = 200) String from, @NotBlank @Size(max = 200) String to,
                                         @NotNull @Size(min = 2, max = 500) List<@NotNull GeoPoint> points) {
    }

    /** A transport option: name (unique in the area), kind, seats (1 to 1,000) and provider. */
    public record TransportOptionDetails(@NotBlank @Size(max = 100) String name, @NotNull TransportKind kind,
                                         @Min(1) @Max(1_000) int seats, @NotBlank @Size(max = 200) String provider) {
    }
}
