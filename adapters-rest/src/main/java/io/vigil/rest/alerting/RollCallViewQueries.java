package io.vigil.rest.alerting;

import io.javalin.http.Context;
import io.vigil.alerting.port.in.RollCallCursor;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.rest.Http;
import io.vigil.rest.QueryParams;
import java.util.Arrays;
import java.util.Optional;

/** Reads a roll-call view's query parameters, naming every bad one at once. */
final class RollCallViewQueries {
    private RollCallViewQueries() {
    }

    /** The query of {@code ?state=&zone=&changedSince=&offset=&limit=}; a 400 names every bad parameter. */
    static RollCallViewQuery of(Http http, Context ctx, boolean paged) {
        QueryParams params = new QueryParams();
        Optional<RollCallStatus.State> state = params.read(() -> Http.param(ctx, "state",
                RollCallStatus.State::valueOf, "one of " + Arrays.toString(RollCallStatus.State.values())));
        boolean noZone = Http.textParam(ctx, "zone").map(String::strip).filter(RollCallViewQuery.NO_ZONE::equals)
                .isPresent();
        Optional<WardenZoneId> zone = noZone ? Optional.empty() : params.read(() -> Http.param(ctx, "zone",
                WardenZoneId::of, "a warden zone id or " + RollCallViewQuery.NO_ZONE));
        Optional<RollCallCursor> since = params.read(() -> Http.textParam(ctx, "changedSince")
                .map(t -> RollCallCursor.parse("changedSince", t)));
        Optional<PageRequest> page = paged ? params.read(() -> Optional.of(http.page(ctx)))
                : Optional.of(new PageRequest(0, 1));
        params.check();
        return new RollCallViewQuery(state, zone, noZone, since, page.orElseThrow());
    }
}
