package io.vigil.awareness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * after 36 months, warnings at 90/60/30/7 days), a naive oracle over single completions in offices
 * either side of the date line and with daylight saving, and the rule that recording one more
 * completion never worsens anyone's status.
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
        return completion(course, completedAt, months, ZoneOffset.UTC);
    }

    private static Completion completion(CourseId course, String completedAt, Optional<Integer> months, ZoneId zone) {
        Instant at = Instant.parse(completedAt);
        return Completion.of(CompletionId.random(), OFFICE, ANA, course, at, months, zone, Optional.empty(),
                "associate", at);
    }

    private static CourseStatus status(List<Completion> completions, String at) {
        return TrainingStatus.of(SSAFE, completions, Instant.parse(at), WARNINGS, ZoneOffset.UTC);
    }

    @Test
    void the_days_left_are_counted_on_the_offices_local_calendar_across_the_date_line() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago");
        // Lapses 2026-03-15T10:00Z: 2026-03-16 00:00 in Kiritimati (UTC+14), 2026-03-14 23:00 in Pago Pago (UTC-11).
        Completion k = completion(SSAFE, "2025-03-15T10:00:00Z", Optional.of(12), kiritimati);
        Completion p = completion(SSAFE, "2025-03-15T10:00:00Z", Optional.of(12), pagoPago);
        assertThat(k.validUntil()).contains(Instant.parse("2026-03-15T10:00:00Z"));
        assertThat(p.validUntil()).contains(Instant.parse("2026-03-15T10:00:00Z"));
        // 2026-03-08T09:00Z is 2026-03-08 23:00 in Kiritimati (8 local days left), 2026-03-07 22:00 in Pago Pago (7).
        Instant at = Instant.parse("2026-03-08T09:00:00Z");
        assertThat(TrainingStatus.of(SSAFE, List.of(k), at, WARNINGS, kiritimati).warningDays()).contains(30);
        assertThat(TrainingStatus.of(SSAFE, List.of(p), at, WARNINGS, pagoPago).warningDays()).contains(7);
        // One hour later it is 2026-03-09 00:00 in Kiritimati: 7 local days left, though 6 days 23 hours remain.
        assertThat(TrainingStatus.of(SSAFE, List.of(k), at.plusSeconds(3600), WARNINGS, kiritimati).warningDays())
                .contains(7);
        // Later the day of the expiry: 0 days left, still expiring until the instant itself.
        assertThat(TrainingStatus.of(SSAFE, List.of(p), Instant.parse("2026-03-15T09:59:59Z"), WARNINGS, pagoPago)
                .warningDays()).contains(7);
        assertThat(TrainingStatus.of(SSAFE, List.of(p), Instant.parse("2026-03-15T10:00:00Z"), WARNINGS, pagoPago)
                .state()).isEqualTo(CourseStatus.State.EXPIRED);
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

    private static final ZoneId ZONE = ZoneId.of("Pacific/Kiritimati");
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("Europe/Paris"));
    private static final Gen<ZoneId> OFFICE_ZONES = Generate.pick(ZONES);
    private static final Gen<Completion> COMPLETIONS = Generate.longRange(0, 3L * 365 * 86_400).zip(
            Generate.range(0, 48), OFFICE_ZONES, (seconds, months, zone) -> completion(SSAFE,
                    EPOCH.plusSeconds(seconds).toString(), months == 0 ? Optional.empty() : Optional.of(months), zone));
    private static final Gen<Instant> INSTANTS = Generate.longRange(0, 6L * 365 * 86_400).map(EPOCH::plusSeconds);
    private static final Gen<List<Integer>> WARNING_SETS = lists().of(Generate.range(1, 365)).ofSizeBetween(1, 6)
            .map(l -> l.stream().distinct().toList());

    /**
     * The oracle, stated another way: try the warnings smallest first, by adding days to the local date of
     * the instant and comparing with the local date of the expiry.
     */
    private static CourseStatus.State naive(Completion c, Instant at, List<Integer> warnings, ZoneId zone) {
        if (c.completedAt().isAfter(at)) {
            return CourseStatus.State.MISSING;
        }
        if (c.validityMonths().isEmpty()) {
            return CourseStatus.State.VALID;
        }
        Instant until = c.validUntil().orElseThrow();
        if (!at.isBefore(until)) {
            return CourseStatus.State.EXPIRED;
        }
        LocalDate lapses = LocalDate.ofInstant(until, zone);
        for (int w : warnings.stream().sorted().toList()) {
            if (!LocalDate.ofInstant(at, zone).plusDays(w).isBefore(lapses)) {
                return CourseStatus.State.EXPIRING;
            }
        }
        return CourseStatus.State.VALID;
    }

    @Test
    void one_completions_status_is_what_the_naive_rule_says() {
        qt().forAll(COMPLETIONS, INSTANTS, WARNING_SETS, OFFICE_ZONES).checkAssert((c, at, warnings, zone) -> {
            CourseStatus s = TrainingStatus.of(SSAFE, List.of(c), at, warnings, zone);
            assertThat(s.state()).as("%s at %s, warnings %s in %s", c, at, warnings, zone)
                    .isEqualTo(naive(c, at, warnings, zone));
            s.warningDays().ifPresent(w -> {
                LocalDate lapses = LocalDate.ofInstant(c.validUntil().orElseThrow(), zone);
                LocalDate today = LocalDate.ofInstant(at, zone);
                assertThat(today.plusDays(w)).isAfterOrEqualTo(lapses);
                warnings.stream().filter(x -> x < w).forEach(x -> assertThat(today.plusDays(x))
                        .as("a smaller warning %s would cover it", x).isBefore(lapses));
            });
        });
    }

    @Test
    void recording_one_more_completion_never_worsens_the_status() {
        qt().forAll(lists().of(COMPLETIONS).ofSizeBetween(0, 5), COMPLETIONS, INSTANTS, WARNING_SETS)
                .checkAssert((before, added, at, warnings) -> {
                    List<Completion> after = new ArrayList<>(before);
                    after.add(added);
                    CourseStatus was = TrainingStatus.of(SSAFE, before, at, warnings, ZONE);
                    CourseStatus is = TrainingStatus.of(SSAFE, after, at, warnings, ZONE);
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
                    assertThat(TrainingStatus.of(SSAFE, after, at, warnings, ZONE).state())
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
