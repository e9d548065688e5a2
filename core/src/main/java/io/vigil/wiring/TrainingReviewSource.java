package io.vigil.wiring;

import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.ComplianceReport;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review's training section: the awareness context's compliance report at {@code asOf}, over the
 * office's required courses: the gaps (a required course missing, expired or expiring within the
 * office's warnings), by state and by person category. A gap's record id is
 * {@code <course id>/<person id>}; the findings name the person, for security roles.
 */
final class TrainingReviewSource implements ReviewSource {
    private final AwarenessUseCases awareness;

    TrainingReviewSource(AwarenessUseCases awareness) {
        this.awareness = awareness;
    }

    @Override
    public String key() {
        return "training";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        ComplianceReport report = awareness.records().compliance(reader, period.asOf());
        List<String> courses = new ArrayList<>();
        Map<CourseStatus.State, List<String>> byState = new EnumMap<>(CourseStatus.State.class);
        Map<String, List<String>> byCategory = new TreeMap<>();
        List<Finding> details = new ArrayList<>();
        for (ComplianceReport.CourseCompliance c : report.courses()) {
            courses.add(c.course().toString());
            for (ComplianceReport.Gap g : c.gaps()) {
                String id = c.course() + "/" + g.person();
                byState.computeIfAbsent(g.status().state(), s -> new ArrayList<>()).add(id);
                byCategory.computeIfAbsent(g.category(), k -> new ArrayList<>()).add(id);
                details.add(new Finding(id, g.name() + ": " + c.code() + " " + c.title() + " "
                        + g.status().state().name().toLowerCase(Locale.ROOT)
                        + g.status().validUntil().map(u -> " (valid until " + LocalTimes.format(u, period.zone()) + ")")
                                .orElse(""), List.of(g.person())));
            }
        }
        List<String> gaps = ReviewSources.bounded(details.stream().map(Finding::record).toList(), "training gaps");
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.count("requiredCourses", "Required courses", courses),
                Figure.count("trainingGaps", "Required courses missing, expired or expiring", gaps),
                Figure.count("missing", "Required courses missing",
                        byState.getOrDefault(CourseStatus.State.MISSING, List.of())),
                Figure.count("expired", "Required courses expired",
                        byState.getOrDefault(CourseStatus.State.EXPIRED, List.of())),
                Figure.count("expiring", "Required courses expiring",
                        byState.getOrDefault(CourseStatus.State.EXPIRING, List.of()))));
        byCategory.forEach((category, ids) -> figures.add(Figure.count("category." + category,
                "Gaps, " + category.toLowerCase(Locale.ROOT).replace('_', ' '), ids)));
        return new ReviewSection(key(), "Training compliance", courses.size() + " required courses, "
                + gaps.size() + " missing, expired or expiring", figures, List.of(), details);
    }
}
