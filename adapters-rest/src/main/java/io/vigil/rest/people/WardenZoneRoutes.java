package io.vigil.rest.people;

import io.javalin.http.HandlerType;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.ManageWardenZonesUseCase;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.people.port.in.ZoneRoster;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Crud;
import io.vigil.rest.Csv;
import io.vigil.rest.Http;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The warden system: zones (CRUD) and each zone's roster, as JSON or as CSV for the warden's phone. */
final class WardenZoneRoutes {
    private static final String TAG = "Warden system";
    private static final String CSV_HEADER = "person,name,category,role,place,phone,email,until,until_local";

    private final Http http;
    private final ManageWardenZonesUseCase zones;
    private final Clock clock;
    private final ManageOfficesUseCase offices;

    WardenZoneRoutes(Http http, ManageWardenZonesUseCase zones, ManageOfficesUseCase offices, Clock clock) {
        this.http = http;
        this.zones = zones;
        this.offices = offices;
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        Crud<WardenZoneId, WardenZoneDetails, WardenZone, WardenZoneResource> crud = new Crud<>(http,
                "/api/v1/warden-zones", TAG, "warden zone", WardenZoneDetails.class, WardenZoneResource.class,
                WardenZoneId::of, WardenZoneResource::from, WardenZone::version);
        List<ApiRoute> routes = new ArrayList<>(crud.routes(zones));
        routes.add(ApiRoute.route(HandlerType.GET, crud.item() + "/roster", TAG,
                        "The zone's roster at an instant: residents, households and visitors, with how to reach them")
                .query("at", "string", "date-time", "the instant (default now)").returns(ZoneRosterResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, ZoneRosterResource.from(zones.roster(actor, crud.id(ctx),
                        Http.instantParam(ctx, "at").orElseGet(clock::instant))))));
        routes.add(ApiRoute.route(HandlerType.GET, crud.item() + "/roster.csv", TAG,
                        "The zone's roster as CSV (UTF-8, RFC 4180), for the warden to keep offline: until (the end"
                                + " of a visitor's stay) in ISO-8601 UTC, until_local the same in the office's local"
                                + " time with its zone named")
                .query("at", "string", "date-time", "the instant (default now)")
                .handle((ctx, actor) -> {
                    ZoneRoster roster = zones.roster(actor, crud.id(ctx),
                            Http.instantParam(ctx, "at").orElseGet(clock::instant));
                    ctx.status(200).contentType(Csv.MEDIA_TYPE)
                            .header("Content-Disposition", "attachment; filename=\"roster-" + roster.zone() + ".csv\"")
                            .result(csv(roster, offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC)));
                }));
        return routes;
    }

    /**
     * The roster as RFC 4180 CSV: a header line, then one line per person, CRLF line ends; {@code until}
     * in ISO-8601 UTC and again, as {@code until_local}, in the office's zone.
     */
    static String csv(ZoneRoster roster, ZoneId zone) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (ZoneRoster.Entry e : roster.entries()) {
            List<String> cells = Stream.of(Optional.of(e.person().toString()), Optional.of(e.displayName()),
                    Optional.of(e.category()), Optional.of(e.role().name()), Optional.ofNullable(e.place()), e.phone(),
                    e.email(), e.until().map(Instant::toString), e.until().map(u -> LocalTimes.format(u, zone))).map(o -> o.map(WardenZoneRoutes::cell).orElse(""))
                    .toList();
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    /** One cell, as every CSV export makes it safe ({@link Csv#cell}). */
    static String cell(String value) {
        return Csv.cell(value);
    }
}
