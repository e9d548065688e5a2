package io.vigil.rest.people;

import io.javalin.http.HandlerType;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.PresenceHeadcount;
import io.vigil.people.domain.Whereabouts;
import io.vigil.people.port.in.HeadcountUseCase;
import io.vigil.people.port.in.WhereaboutsEntry;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.QueryParams;
import io.vigil.rest.resource.PageResource;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Who is in the country and who is abroad: counts for readers of headcounts, names for readers of movements. */
final class HeadcountRoutes {
    private static final String TAG = "Locator";
    private static final String BASE = "/api/v1/headcount";

    private final Http http;
    private final HeadcountUseCase headcounts;
    private final Clock clock;

    HeadcountRoutes(Http http, HeadcountUseCase headcounts, Clock clock) {
        this.http = http;
        this.headcounts = headcounts;
        this.clock = clock;
    }

    /** The counts of one whereabouts. */
    public record TallyResource(int total, Map<String, Integer> byCategory, Map<String, Integer> byOrgUnit) {
        static TallyResource from(PresenceHeadcount.Tally t) {
            Map<String, Integer> categories = new TreeMap<>();
            t.byCategory().forEach((k, v) -> categories.put(k.name(), v));
            return new TallyResource(t.total(), categories, new TreeMap<>(t.byOrgUnit()));
        }
    }

    /** The office's persons counted as in the country, abroad, and with no stay recorded. */
    public record PresenceHeadcountResource(String office, Instant at, TallyResource inCountry, TallyResource abroad,
                                            TallyResource noStayRecorded) {
        static PresenceHeadcountResource from(PresenceHeadcount h) {
            return new PresenceHeadcountResource(h.office().value(), h.at(),
                    TallyResource.from(h.of(Whereabouts.IN_COUNTRY)), TallyResource.from(h.of(Whereabouts.ABROAD)),
                    TallyResource.from(h.of(Whereabouts.NO_STAY_RECORDED)));
        }
    }

    /** A person listed by whereabouts, and since when (arrival, or latest departure). */
    public record WhereaboutsResource(String person, String name, String category, String orgUnit,
                                      Whereabouts whereabouts, Instant since) {
        static WhereaboutsResource from(WhereaboutsEntry e) {
            return new WhereaboutsResource(e.person().toString(), e.name(), e.category().name(), e.orgUnit(),
                    e.whereabouts(), e.since().orElse(null));
        }
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.route(HandlerType.GET, BASE, TAG, "Who is in the country and who is abroad at an instant,"
                                + " from the stays recorded, by category and unit (persons with no stay recorded,"
                                + " typically national staff, are counted apart); counts only, for readers of"
                                + " headcounts (security roles, SOC, managers)")
                        .query("at", "string", "date-time", "the instant (default now)")
                        .returns(PresenceHeadcountResource.class)
                        .handle((ctx, actor) -> http.send(ctx, 200, PresenceHeadcountResource.from(
                                headcounts.headcount(actor, Http.instantParam(ctx, "at").orElseGet(clock::instant))))),
                ApiRoute.route(HandlerType.GET, BASE + "/persons", TAG, "The persons in the country, abroad, or with"
                                + " no stay recorded at an instant, by name: movements, for readers of the office's"
                                + " movements (security officer and associate, SOC); audited naming each")
                        .query("where", "string", null, "one of " + Arrays.toString(Whereabouts.values()))
                        .query("at", "string", "date-time", "the instant (default now)")
                        .returnsPage(WhereaboutsResource.class)
                        .handle((ctx, actor) -> {
                            QueryParams params = new QueryParams();
                            Optional<Whereabouts> where = params.read(() -> Http.param(ctx, "where",
                                    Whereabouts::valueOf, "one of " + Arrays.toString(Whereabouts.values())));
                            if (where.isEmpty() && params.ok()) {
                                params.reject("where", "is required: one of " + Arrays.toString(Whereabouts.values()));
                            }
                            Optional<Instant> at = params.read(() -> Http.instantParam(ctx, "at"));
                            Optional<PageRequest> page = params.read(() -> Optional.of(http.page(ctx)));
                            params.check();
                            http.send(ctx, 200, PageResource.from(headcounts.persons(actor, where.orElseThrow(),
                                    at.orElseGet(clock::instant), page.orElseThrow()), WhereaboutsResource::from));
                        }));
    }
}
