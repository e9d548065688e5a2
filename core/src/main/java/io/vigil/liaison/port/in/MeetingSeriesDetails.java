package io.vigil.liaison.port.in;

import io.vigil.liaison.domain.SeriesKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a caller says about a series of meetings (purpose may be null: none). */
public record MeetingSeriesDetails(@NotBlank @Size(max = 200) String name, @NotNull SeriesKind kind,
                                   @Size(max = 2000) String purpose) {
}
