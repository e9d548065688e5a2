package io.vigil.examples.console;

import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewMarkdown;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.rest.review.ReviewHtml;
import io.vigil.rest.review.ReviewPdf;
import io.vigil.rest.review.ReviewSvg;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The programme review: a period chosen from quarter presets or typed (from, to, and the "as of"
 * instant whose records count; empty: the end of the period), then the review's sections as the
 * review context makes them for the viewer: figures, charts as the SVG the review renders, and the
 * findings for the security roles (a manager's review holds figures only; other roles are refused).
 * Links give the same review as Markdown, a standalone HTML page and PDF.
 */
public final class ReviewScreen implements Screen {
    /** How many completed calendar quarters the presets offer. */
    static final int QUARTERS_OFFERED = 4;
    /** The rolling quarter the first preset covers, up to now. */
    static final Duration ROLLING_QUARTER = Duration.ofDays(91);
    /** The policy of the review's HTML form: its own CSS and nothing else, as the API sends it. */
    private static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private final ReviewUseCases review;

    ReviewScreen(ReviewUseCases review) {
        this.review = review;
    }

    /** The review page's model: the presets, the period as typed, and the review once a period is given. */
    public record ReviewPage(Frame frame, List<Preset> presets, String from, String to, String asOf,
                             Optional<Made> review) {
    }

    /** A period to pick with one link. */
    public record Preset(String label, String query) {
    }

    /** A review made: it, its sections with their charts drawn, and the query of its other forms. */
    public record Made(ProgrammeReview review, List<SectionShown> sections, String query) {
    }

    /** A section with its charts as SVG. */
    public record SectionShown(ReviewSection section, List<ChartShown> charts) {
    }

    /** A chart's title and its SVG drawing. */
    public record ChartShown(String title, String svg) {
    }

    /** The period a request names, read from its query. */
    private record Period(Instant from, Instant to, Instant asOf) {
        String query() {
            return "?from=" + enc(from) + "&to=" + enc(to) + "&asOf=" + enc(asOf);
        }
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("review", "Review", Console.PREFIX + "/review"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/review", r -> {
            List<Preset> presets = presets(r.now(), Format.zone(), r.labels());
            String from = Optional.ofNullable(r.query("from")).orElse("");
            String to = Optional.ofNullable(r.query("to")).orElse("");
            String asOf = Optional.ofNullable(r.query("asOf")).orElse("");
            Optional<Made> made = Optional.empty();
            if (!from.isBlank() || !to.isBlank() || !asOf.isBlank()) {
                Period p = period(r);
                ProgrammeReview review = make(r, p);
                made = Optional.of(new Made(review, review.sections().stream().map(s -> new SectionShown(s,
                        s.charts().stream().map(c -> new ChartShown(c.title(), ReviewSvg.render(c))).toList()))
                        .toList(), p.query()));
            }
            return r.render("review/review.jte", new ReviewPage(r.frame(r.t("title.programme-review"), "review"), presets, from,
                    to, asOf, made));
        });
        routes.file("/review.md", r -> new Console.Download("text/markdown; charset=utf-8",
                ReviewMarkdown.render(make(r, period(r))).getBytes(StandardCharsets.UTF_8),
                Optional.of("programme-review.md"), Optional.empty()));
        routes.file("/review.html", r -> new Console.Download("text/html; charset=utf-8",
                ReviewHtml.render(make(r, period(r))).getBytes(StandardCharsets.UTF_8), Optional.empty(),
                Optional.of(HTML_POLICY)));
        routes.file("/review.pdf", r -> new Console.Download("application/pdf", ReviewPdf.render(make(r, period(r))),
                Optional.of("programme-review.pdf"), Optional.empty()));
    }

    private ProgrammeReview make(Console.Request r, Period p) {
        return review.programme().review(r.actor(), p.from(), p.to(), p.asOf());
    }

    /** The period of the query: from and to required, asOf defaulting to to; every bad field named at once. */
    private static Period period(Console.Request r) {
        Fields f = new Fields();
        Optional<Instant> from = instant(f, "from", r.query("from"), true);
        Optional<Instant> to = instant(f, "to", r.query("to"), true);
        Optional<Instant> asOf = instant(f, "asOf", r.query("asOf"), false);
        f.check();
        return new Period(from.orElseThrow(), to.orElseThrow(), asOf.orElse(to.orElseThrow()));
    }

    /**
     * An instant typed as an ISO instant ({@code 2026-07-01T00:00:00Z}), a date and time in the zone of the
     * viewer's office ({@code 2026-07-01T00:00}: a time the zone skips is refused, one it has twice is the
     * earlier), or a day there ({@code 2026-07-01}: its first instant in the zone).
     */
    static Optional<Instant> instant(Fields f, String field, String value, boolean required) {
        if (required) {
            f.required(field, value);
        }
        ZoneId zone = Format.zone();
        return f.parsed(field, value, ReviewScreen::parse, "an instant such as 2026-07-01T00:00:00Z, a date and time"
                        + " in " + Format.zoneName(zone) + " such as 2026-07-01T00:00, or a day such as 2026-07-01")
                .flatMap(t -> t instanceof LocalDateTime local ? f.localTime(field, local, zone)
                        : Optional.of(t instanceof LocalDate day ? day.atStartOfDay(zone).toInstant() : (Instant) t));
    }

    /** The value as one of the forms {@link #instant} reads: an {@link Instant}, a {@link LocalDateTime} or a {@link LocalDate}. */
    private static Temporal parse(String v) {
        List<Function<String, Temporal>> forms = List.of(Instant::parse, LocalDateTime::parse, LocalDate::parse);
        RuntimeException last = null;
        for (Function<String, Temporal> form : forms) {
            try {
                return form.apply(v);
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * The rolling quarter up to now, the current quarter to date and the last completed calendar quarters,
     * the quarters starting at midnight in the office's {@code zone}, named in the viewer's {@code labels}.
     */
    static List<Preset> presets(Instant now, ZoneId zone, ConsoleLabels labels) {
        Instant to = now.truncatedTo(ChronoUnit.MILLIS);
        List<Preset> presets = new ArrayList<>();
        presets.add(new Preset(labels.t("the-last-91-days"), new Period(to.minus(ROLLING_QUARTER), to, to).query()));
        LocalDate day = LocalDate.ofInstant(now, zone);
        LocalDate start = day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        Instant startAt = start.atStartOfDay(zone).toInstant();
        if (startAt.isBefore(to)) {
            presets.add(new Preset(labels.t("quarter-to-date", label(start, labels)), new Period(startAt, to, to).query()));
        }
        for (int i = 0; i < QUARTERS_OFFERED; i++) {
            LocalDate end = start;
            start = start.minusMonths(3);
            Instant endAt = end.atStartOfDay(zone).toInstant();
            presets.add(new Preset(label(start, labels), new Period(start.atStartOfDay(zone).toInstant(), endAt,
                    endAt).query()));
        }
        return presets;
    }

    private static String label(LocalDate quarterStart, ConsoleLabels labels) {
        return labels.t("quarter", quarterStart.get(IsoFields.QUARTER_OF_YEAR), quarterStart.getYear());
    }

    private static String enc(Instant at) {
        return URLEncoder.encode(at.toString(), StandardCharsets.UTF_8);
    }
}
