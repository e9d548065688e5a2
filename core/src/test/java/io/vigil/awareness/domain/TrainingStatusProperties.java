package io.vigil.awareness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A person's status on a course: hand-worked cases from the brief (BSAFE never lapses, SSAFE lapses
 * after 36 months, warnings at 90/60/30/7 days), a naive oracle over single completions, and the
 * rule that recording one more completion never worsens anyone's status.
 */
class TrainingStatusProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final PersonId ANA = PersonId.random();
    private static final CourseId SSAFE = CourseId.random();
    private static final List<Integer> WARNINGS = List.of(90, 60, 30, 7);
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261201L)).withExamples(400);
    }

    private static Completion completion(CourseId course, String completedAt, Optional<Integer> months) {
        Instant at = Instant.parse(completedAt);
        return Completion.of(CompletionId.random(), OFFICE, ANA, course, at, months, Optional.empty(), "associate", at);
    }

    private static CourseStatus status(List<Completion> completions, String at) {
        return TrainingStatus.of(SSAFE, completions, Instant.parse(at), WARNINGS);
    }

    @Test
    void ssafe_completed_in_march_2023_for_36_months_warns_then_lapses_on_15_march_2026() {
        List<Completion> ssafe = List.of(completion(SSAFE, "2023-03-15T00:00:00Z", Optional.of(36)));
        assertThat(status(ssafe, "2025-12-01T00:00:00Z").state()).isEqualTo(CourseStatus.State.VALID);
        CourseStatus in90 = status(ssafe, "2025-12-15T00:00:00Z");
        assertThat(in90.state()).isEqualTo(CourseStatus.State.EXPIRING);
        assertThat(in90.warningDays()).contains(90);
        assertThat(status(ssafe, "2026-03-01T12:00:00Z").warningDays()).contains(30);
        assertThat(status(ssafe, "2026-03-08T00:00:00Z").warningDays()).as("exactly 7 days left").contains(7);
        assertThat(status(ssafe, "2026-03-08T00:00:01Z").warningDays()).contains(7);
        CourseStatus lapsed = status(ssafe, "2026-03-15T00:00:00Z");
        assertThat(lapsed.state()).isEqualTo(CourseStatus.State.EXPIRED);
        assertThat(lapsed.validUntil()).contains(Instant.parse("2026-03-15T00:00:00Z"));
    }

    @Test
    void a_course_without_expiry_stays_valid_and_an_unrecorded_one_is_missing() {
        List<Completion> bsafe = List.of(completion(SSAFE, "2020-01-10T00:00:00Z", Optional.empty()));
        assertThat(status(bsafe, "2040-01-01T00:00:00Z").state()).isEqualTo(CourseStatus.State.VALID);
        assertThat(status(List.of(), "2026-01-01T00:00:00Z").state()).isEqualTo(CourseStatus.State.MISSING);
        List<Completion> other = List.of(completion(CourseId.random(), "2025-01-10T00:00:00Z", Optional.empty()));
        assertThat(status(other, "2026-01-01T00:00:00Z").state()).as("another course's").isEqualTo(
                CourseStatus.State.MISSING);
        assertThat(status(bsafe, "2019-12-31T00:00:00Z").state()).as("before it was completed")
                .isEqualTo(CourseStatus.State.MISSING);
    }

    @Test
    void the_completion_valid_longest_counts_not_the_latest() {
        Completion longer = completion(SSAFE, "2024-01-01T00:00:00Z", Optional.of(60));
        Completion later = completion(SSAFE, "2025-01-01T00:00:00Z", Optional.of(12));
        CourseStatus s = status(List.of(later, longer), "2025-06-01T00:00:00Z");
        assertThat(s.completion()).contains(longer.id());
        assertThat(s.validUntil()).contains(Instant.parse("2029-01-01T00:00:00Z"));
    }

    private static final Gen<Completion> COMPLETIONS = Generate.longRange(0, 3L * 365 * 86_400).zip(
            Generate.range(0, 48), (seconds, months) -> completion(SSAFE, EPOCH.plusSeconds(seconds).toString(),
                    months == 0 ? Optional.empty() : Optional.of(months)));
    private static final Gen<Instant> INSTANTS = Generate.longRange(0, 6L * 365 * 86_400).map(EPOCH::plusSeconds);
    private static final Gen<List<Integer>> WARNING_SETS = lists().of(Generate.range(1, 365)).ofSizeBetween(1, 6)
            .map(l -> l.stream().distinct().toList());

    /** The oracle, stated another way: try the warnings smallest first, by adding days to the instant. */
    private static CourseStatus.State naive(Completion c, Instant at, List<Integer> warnings) {
        if (c.completedAt().isAfter(at)) {
            return CourseStatus.State.MISSING;
        }
        if (c.validityMonths().isEmpty()) {
            return CourseStatus.State.VALID;
        }
        Instant until = c.completedAt().atZone(java.time.ZoneOffset.UTC).plusMonths(c.validityMonths().get())
                .toInstant();
        if (!at.isBefore(until)) {
            return CourseStatus.State.EXPIRED;
        }
        for (int w : warnings.stream().sorted().toList()) {
            if (!at.plus(Duration.ofDays(w)).isBefore(until)) {
                return CourseStatus.State.EXPIRING;
            }
        }
        return CourseStatus.State.VALID;
    }

    @Test
    void one_completions_status_is_what_the_naive_rule_says() {
        qt().forAll(COMPLETIONS, INSTANTS, WARNING_SETS).checkAssert((c, at, warnings) -> {
            CourseStatus s = TrainingStatus.of(SSAFE, List.of(c), at, warnings);
            assertThat(s.state()).as("%s at %s, warnings %s", c, at, warnings).isEqualTo(naive(c, at, warnings));
            s.warningDays().ifPresent(w -> {
                Instant until = c.validUntil().orElseThrow();
                assertThat(at.plus(Duration.ofDays(w))).isAfterOrEqualTo(until);
                warnings.stream().filter(x -> x < w).forEach(x -> assertThat(at.plus(Duration.ofDays(x)))
                        .as("a smaller warning %s would cover it", x).isBefore(until));
            });
        });
    }

    @Test
    void recording_one_more_completion_never_worsens_the_status() {
        qt().forAll(lists().of(COMPLETIONS).ofSizeBetween(0, 5), COMPLETIONS, INSTANTS, WARNING_SETS)
                .checkAssert((before, added, at, warnings) -> {
                    List<Completion> after = new ArrayList<>(before);
                    after.add(added);
                    CourseStatus was = TrainingStatus.of(SSAFE, before, at, warnings);
                    CourseStatus is = TrainingStatus.of(SSAFE, after, at, warnings);
                    assertThat(is.notWorseThan(was)).as("%s became %s after adding %s", was, is, added).isTrue();
                });
    }

    @Test
    void a_completion_valid_at_the_instant_makes_the_course_valid_or_expiring_whatever_else_is_recorded() {
        qt().forAll(lists().of(COMPLETIONS).ofSizeBetween(0, 5), COMPLETIONS, Generate.range(0, 999), WARNING_SETS)
                .checkAssert((before, added, permille, warnings) -> {
                    Duration validity = Duration.between(added.completedAt(),
                            added.validUntil().orElse(added.completedAt().plus(Duration.ofDays(1000))));
                    Instant at = added.completedAt().plus(validity.multipliedBy(permille).dividedBy(1000));
                    List<Completion> after = new ArrayList<>(before);
                    after.add(added);
                    assertThat(added.validAt(at)).isTrue();
                    assertThat(TrainingStatus.of(SSAFE, after, at, warnings).state())
                            .isIn(CourseStatus.State.VALID, CourseStatus.State.EXPIRING);
                });
    }

    @Test
    void statuses_are_ordered_worst_first_and_a_larger_warning_is_better() {
        CourseStatus missing = new CourseStatus(SSAFE, CourseStatus.State.MISSING, Optional.empty(), Optional.empty(),
                Optional.empty());
        CompletionId id = CompletionId.random();
        Optional<Instant> t = Optional.of(EPOCH);
        CourseStatus expired = new CourseStatus(SSAFE, CourseStatus.State.EXPIRED, Optional.of(id), t, Optional.empty());
        CourseStatus in7 = new CourseStatus(SSAFE, CourseStatus.State.EXPIRING, Optional.of(id), t, Optional.of(7));
        CourseStatus in30 = new CourseStatus(SSAFE, CourseStatus.State.EXPIRING, Optional.of(id), t, Optional.of(30));
        CourseStatus valid = new CourseStatus(SSAFE, CourseStatus.State.VALID, Optional.of(id), t, Optional.empty());
        List<CourseStatus> order = List.of(missing, expired, in7, in30, valid);
        for (int i = 0; i < order.size(); i++) {
            for (int j = 0; j < order.size(); j++) {
                assertThat(order.get(i).notWorseThan(order.get(j))).as("%s vs %s", i, j).isEqualTo(i >= j);
            }
        }
        assertThat(order.stream().sorted(Comparator.comparing(CourseStatus::state)).toList().get(0)).isEqualTo(missing);
    }
}
