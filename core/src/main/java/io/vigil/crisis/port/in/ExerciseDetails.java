package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.kernel.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A drill or exercise held: its kind, title, when (not in the future), participants (persons of the
 * office), times measured against targets, findings and follow-up actions with owners and due dates.
 */
public record ExerciseDetails(
        @NotNull ExerciseKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotNull Instant heldAt,
        @Size(max = 1000) List<@NotNull PersonId> participants,
        @Size(max = 50) List<@NotNull @Valid MeasurementDetails> measurements,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> findings,
        @Size(max = 50) List<@NotNull @Valid ActionDetails> actions) {
    public ExerciseDetails {
        participants = participants == null ? List.of() : participants;
        measurements = measurements == null ? List.of() : measurements;
        findings = findings == null ? List.of() : findings;
        actions = actions == null ? List.of() : actions;
    }

    /** A time measured against its target, in seconds. */
    public record MeasurementDetails(@NotBlank @Size(max = 200) String name,
                                     @Min(0) @Max(86_400) int measuredSeconds,
                                     @Min(1) @Max(86_400) int targetSeconds) {
    }

    /** A follow-up action: what, its owner (a person of the office), its due date, and the day it was done. */
    public record ActionDetails(@NotBlank @Size(max = 500) String description, @NotNull PersonId owner,
                                @NotNull LocalDate due, LocalDate done) {
    }
}
