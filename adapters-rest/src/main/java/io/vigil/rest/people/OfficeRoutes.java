package io.vigil.rest.people;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.OfficeId;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.resource.PageResource;
import java.util.List;

/**
 * The profiles of the offices Vigil serves: every member reads their own office's, the SOC every
 * office's; the office's security officer sets its name, IANA time zone and country.
 */
final class OfficeRoutes {
    private static final String TAG = "Offices";
    private static final String BASE = "/api/v1/offices";

    private final Http http;
    private final ManageOfficesUseCase offices;

    OfficeRoutes(Http http, ManageOfficesUseCase offices) {
        this.http = http;
        this.offices = offices;
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.route(HandlerType.GET, BASE, TAG, "The profiles of the offices the caller may read, by"
                                + " office id: their own office's, and every office's for the SOC")
                        .returnsPage(OfficeResource.class)
                        .handle((ctx, actor) -> http.send(ctx, 200, PageResource.from(offices.list(actor,
                                http.page(ctx)), OfficeResource::from))),
                ApiRoute.route(HandlerType.GET, BASE + "/{id}", TAG, "One office's profile: its name, IANA time zone"
                                + " (the zone of every local time Vigil shows for it) and country")
                        .returns(OfficeResource.class)
                        .handle((ctx, actor) -> send(ctx, 200, OfficeResource.from(offices.get(actor, id(ctx))))),
                ApiRoute.route(HandlerType.PUT, BASE + "/{id}", TAG, "The office's security officer sets its"
                                + " profile (If-Match \"0\" the first time); an unknown time zone id is refused,"
                                + " naming it")
                        .body(OfficeDetails.class).returns(OfficeResource.class).ifMatch()
                        .handle((ctx, actor) -> {
                            OfficeId id = id(ctx);
                            long expected = Http.ifMatch(ctx);
                            send(ctx, 200, OfficeResource.from(offices.set(actor, id, expected,
                                    http.body(ctx, OfficeDetails.class))));
                        }));
    }

    private void send(Context ctx, int status, OfficeResource office) throws java.io.IOException {
        Http.etag(ctx, office.version());
        http.send(ctx, status, office);
    }

    private static OfficeId id(Context ctx) {
        return Http.id(ctx, "id", OfficeId::of, "office id");
    }
}
