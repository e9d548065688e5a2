package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.Requirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a course: its code and title, who must hold it, its validity in months
 * (none: no expiry) and, for a course required in designated areas, those areas. Once created, the
 * validity changes only through {@link ManageCoursesUseCase#changeValidity}, which records why.
 */
public record CourseDetails(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 200) String title,
        @NotNull Requirement requirement,
        @Min(1) @Max(240) Integer validityMonths,
        @Size(max = 20) List<@NotNull @Valid AreaDetails> areas) {
    public CourseDetails {
        areas = areas == null ? List.of() : areas;
    }
}
