package io.vigil.awareness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Courses: validity changes kept in the history, areas only where required; completions keep their validity. */
class CourseTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant T = Instant.parse("2026-02-01T00:00:00Z");
    private static final DesignatedArea GUERRERO = new DesignatedArea("Guerrero", List.of(GeoPoint.of(16.6, -100.1),
            GeoPoint.of(16.6, -99.6), GeoPoint.of(17.7, -99.6), GeoPoint.of(17.7, -100.1)));

    private static Course ssafe() {
        return new Course(CourseId.random(), OFFICE, 1, "SSAFE", "Safe and Secure Approaches in Field Environments",
                Requirement.DESIGNATED_AREAS, Optional.of(36), List.of(GUERRERO), List.of());
    }

    @Test
    void a_validity_change_is_appended_to_the_history_with_who_when_why_and_completions_kept() {
        Course corrected = ssafe().withValidity(Optional.of(24), T, "officer", "UNDSS circular 2026/3", 4);
        assertThat(corrected.validityMonths()).contains(24);
        assertThat(corrected.history()).containsExactly(new ValidityChange(Optional.of(36), Optional.of(24), T,
                "officer", "UNDSS circular 2026/3", 4));
        assertThatThrownBy(() -> corrected.withValidity(Optional.of(24), T, "officer", "again", 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                        .isEqualTo("validityMonths"));
    }

    @Test
    void a_completion_keeps_the_validity_it_was_recorded_with() {
        Course course = ssafe();
        Completion recorded = Completion.of(CompletionId.random(), OFFICE, PersonId.random(), course.id(), T,
                course.validityMonths(), ZoneOffset.UTC, Optional.empty(), "associate", T);
        course.withValidity(Optional.of(12), T.plusSeconds(60), "officer", "shorter", 1);
        assertThat(recorded.validUntil()).contains(Instant.parse("2029-02-01T00:00:00Z"));
        assertThatThrownBy(() -> new Completion(recorded.id(), OFFICE, 0, recorded.person(), course.id(), T,
                Optional.of(12), recorded.validUntil(), Optional.empty(), "associate", T))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
    }

    @Test
    void designated_areas_belong_to_courses_required_there_and_only_to_them() {
        assertThatThrownBy(() -> new Course(CourseId.random(), OFFICE, 0, "BSAFE", "Basic security", Requirement.ALL,
                Optional.empty(), List.of(GUERRERO), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("areas"));
        assertThatThrownBy(() -> new Course(CourseId.random(), OFFICE, 0, "SSAFE", "Field course",
                Requirement.DESIGNATED_AREAS, Optional.of(36), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("areas"));
        assertThatThrownBy(() -> new Course(CourseId.random(), OFFICE, 0, "SSAFE", "Field course",
                Requirement.ALL, Optional.of(241), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                        .isEqualTo("validityMonths"));
    }
}
