package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.ExerciseKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The drill schedule: per kind, an RFC 5545 recurrence rule ({@code FREQ=MONTHLY;INTERVAL=6}) and its start date. */
public record ScheduleDetails(@NotNull @Size(max = 8) List<@NotNull @Valid RuleDetails> rules) {

    /** How often a kind of drill is due, from when. */
    public record RuleDetails(@NotNull ExerciseKind kind, @NotBlank @Size(max = 200) String rule,
                              @NotNull LocalDate start) {
    }
}
