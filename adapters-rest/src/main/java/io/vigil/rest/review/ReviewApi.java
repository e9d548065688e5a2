package io.vigil.rest.review;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewMarkdown;
import io.vigil.review.port.in.ProgrammeReviewUseCase;
import io.vigil.review.port.in.ReviewUseCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periodic programme review: {@code GET /api/v1/review?from=&to=&asOf=} as JSON, and the same
 * review as Markdown ({@code .md}), a standalone HTML page ({@code .html}) and PDF ({@code .pdf}).
 */
public final class ReviewApi implements RouteSet {
    private static final String BASE = "/api/v1/review";
    private static final String TAG = "Review";
    private static final String MARKDOWN = "text/markdown; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String PDF = "application/pdf";
    /** The page's own CSS and nothing else: no script, no image, no frame. */
    private static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
    private static final String PERIOD = " for the period [from, to), at most " + ProgrammeReviewUseCase.MAX_DAYS
            + " days, counting what was recorded by asOf (the same three instants give the same review); a manager's"
            + " review has figures and record ids only, a security role's also the findings naming persons";

    private final ReviewUseCases review;

    /** The routes over the review context's use cases. */
    public ReviewApi(ReviewUseCases review) {
        this.review = review;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> routes = new ArrayList<>();
        routes.add(period(ApiRoute.route(HandlerType.GET, BASE, TAG, "The programme review as JSON" + PERIOD))
                .returns(ProgrammeReviewResource.class)
                .handle((ctx, actor) -> http.send(ctx, 200, ProgrammeReviewResource.from(make(ctx, actor)))));
        routes.add(period(ApiRoute.route(HandlerType.GET, BASE + ".md", TAG, "The programme review as Markdown"
                        + PERIOD))
                .produces(MARKDOWN)
                .handle((ctx, actor) -> ctx.status(200).contentType(MARKDOWN)
                        .result(ReviewMarkdown.render(make(ctx, actor)))));
        routes.add(period(ApiRoute.route(HandlerType.GET, BASE + ".html", TAG,
                        "The programme review as a standalone HTML page with its charts in SVG" + PERIOD))
                .produces(HTML)
                .handle((ctx, actor) -> ctx.status(200).contentType(HTML)
                        .header("Content-Security-Policy", HTML_POLICY)
                        .result(ReviewHtml.render(make(ctx, actor)))));
        routes.add(period(ApiRoute.route(HandlerType.GET, BASE + ".pdf", TAG,
                        "The programme review as PDF, with its charts" + PERIOD))
                .produces(PDF)
                .handle((ctx, actor) -> ctx.status(200).contentType(PDF)
                        .header("Content-Disposition", "attachment; filename=\"programme-review.pdf\"")
                        .result(ReviewPdf.render(make(ctx, actor)))));
        return routes;
    }

    private static ApiRoute.Builder period(ApiRoute.Builder route) {
        return route.query("from", "string", "date-time", "the period's first instant (required)")
                .query("to", "string", "date-time", "the instant after the period (required)")
                .query("asOf", "string", "date-time", "count what was recorded by this instant, not before to and"
                        + " not in the future (default: to)");
    }

    private ProgrammeReview make(Context ctx, Actor actor) {
        List<FieldViolation> bad = new ArrayList<>();
        Optional<Instant> from = instant(ctx, "from", true, bad);
        Optional<Instant> to = instant(ctx, "to", true, bad);
        Optional<Instant> asOf = instant(ctx, "asOf", false, bad);
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
        return review.programme().review(actor, from.get(), to.get(), asOf.orElse(to.get()));
    }

    private static Optional<Instant> instant(Context ctx, String name, boolean required, List<FieldViolation> bad) {
        try {
            Optional<Instant> value = Http.instantParam(ctx, name);
            if (value.isEmpty() && required) {
                bad.add(new FieldViolation(name, "is required"));
            }
            return value;
        } catch (InvalidCommandException e) {
            bad.addAll(e.violations());
            return Optional.empty();
        }
    }
}
