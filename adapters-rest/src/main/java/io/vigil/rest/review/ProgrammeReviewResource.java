package io.vigil.rest.review;

import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewSection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A programme review as JSON: the period (instants in UTC; {@code timeZone}, the office's IANA zone, is the
 * one its local days and months were counted in), whether the findings are shown, and each section's figures
 * (each with the ids of the records it counts), charts and findings.
 */
public record ProgrammeReviewResource(String office, Instant from, Instant to, Instant asOf, String timeZone,
                                      boolean detailed, List<Section> sections) {

    /** A context's section. */
    public record Section(String key, String title, String summary, List<Figure> figures, List<Chart> charts,
                          List<Finding> findings) {
    }

    /**
     * One figure: its value in its unit ({@code COUNT}, {@code PERCENT}, {@code HOURS}, or {@code MONEY} in the
     * minor units of its {@code currency}, an ISO 4217 code given for money only), how the review shows it
     * ({@code 1234.56 MXN}), and the records it counts.
     */
    public record Figure(String key, String label, long value, String unit, Optional<String> currency, String shown,
                         List<String> records) {
    }

    /** A bar chart. */
    public record Chart(String key, String title, String unit, List<Bar> bars) {
    }

    /** One bar of a chart. */
    public record Bar(String label, long value) {
    }

    /** A line of a section's details (security roles only): the record, its text, the persons it concerns. */
    public record Finding(String record, String text, List<String> persons) {
    }

    /** The resource of a review. */
    public static ProgrammeReviewResource from(ProgrammeReview r) {
        return new ProgrammeReviewResource(r.office().value(), r.period().from(), r.period().to(), r.period().asOf(),
                r.period().zone().getId(), r.detailed(), r.sections().stream().map(ProgrammeReviewResource::section).toList());
    }

    private static Section section(ReviewSection s) {
        return new Section(s.key(), s.title(), s.summary(), s.figures().stream().map(ProgrammeReviewResource::figure)
                .toList(), s.charts().stream().map(ProgrammeReviewResource::chart).toList(),
                s.findings().stream().map(ProgrammeReviewResource::finding).toList());
    }

    private static Figure figure(io.vigil.review.domain.Figure f) {
        return new Figure(f.key(), f.label(), f.value(), f.unit().name(),
                Optional.of(f.currency()).filter(c -> !c.isEmpty()), f.shown(), f.records());
    }

    private static Chart chart(io.vigil.review.domain.Chart c) {
        return new Chart(c.key(), c.title(), c.unit().name(), c.bars().stream().map(b -> new Bar(b.label(), b.value()))
                .toList());
    }

    private static Finding finding(io.vigil.review.domain.Finding f) {
        return new Finding(f.record(), f.text(), f.persons().stream().map(Object::toString).toList());
    }
}
