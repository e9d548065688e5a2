package io.vigil.rest.soc;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.OfficeSelection;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.soc.port.in.SocOverview;
import io.vigil.soc.port.in.SocUseCases;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SOC's cross-office overview: {@code GET /api/v1/soc/overview?at=&offices=}, one row per office the
 * caller reads (the SOC every office, an office's security roles and manager their own), counts only.
 */
public final class SocApi implements RouteSet {
    private static final String BASE = "/api/v1/soc/overview";
    private static final String TAG = "SOC";

    private final SocUseCases soc;
    private final Clock clock;

    /** The routes over the SOC context's use cases; {@code clock} gives the default instant. */
    public SocApi(SocUseCases soc, Clock clock) {
        this.soc = soc;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        return List.of(ApiRoute.route(HandlerType.GET, BASE, TAG, "The SOC's overview of every office the caller"
                        + " reads (at most " + OfficeSelection.MAX + ", the first by id): each office's headcount by"
                        + " whereabouts, its open roll-calls (affected, answered, needing help, silent) and its overdue"
                        + " movements (missed call-ins) and liaison actions, counts only, audited as a read of headcounts"
                        + " and of accountability naming the offices")
                .query("at", "string", "date-time", "the instant counted (default: now)")
                .query("offices", "string", null, "the offices to count, comma-separated (default: every office the"
                        + " caller reads); at most " + OfficeSelection.MAX)
                .returns(SocOverviewResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, SocOverviewResource.from(overview(ctx, actor)))));
    }

    private SocOverview overview(Context ctx, Actor actor) {
        List<FieldViolation> bad = new ArrayList<>();
        Optional<Instant> at = Optional.empty();
        try {
            at = Http.instantParam(ctx, "at");
        } catch (InvalidCommandException e) {
            bad.addAll(e.violations());
        }
        Optional<List<OfficeId>> offices = offices(ctx, bad);
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
        Instant when = at.orElseGet(clock::instant);
        return offices.isPresent() ? soc.overview().overview(actor, offices.get(), when)
                : soc.overview().overview(actor, when);
    }

    private static Optional<List<OfficeId>> offices(Context ctx, List<FieldViolation> bad) {
        String raw = ctx.queryParam("offices");
        if (raw == null) {
            return Optional.empty();
        }
        List<String> named = Arrays.stream(raw.split(",", -1)).map(String::strip).toList();
        if (named.size() > OfficeSelection.MAX) {
            bad.add(new FieldViolation("offices", "must name at most " + OfficeSelection.MAX + " offices, named "
                    + named.size()));
            return Optional.empty();
        }
        List<OfficeId> ids = new ArrayList<>();
        for (String s : named) {
            try {
                ids.add(OfficeId.of(s));
            } catch (IllegalArgumentException e) {
                bad.add(new FieldViolation("offices", "must be office ids separated by commas, such as MX-MEX,CF-BGF;"
                        + " '" + s + "' is none"));
                return Optional.empty();
            }
        }
        return Optional.of(ids);
    }
}
