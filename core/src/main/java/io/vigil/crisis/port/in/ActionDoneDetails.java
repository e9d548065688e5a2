package io.vigil.crisis.port.in;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day a follow-up action was done (not in the future). */
public record ActionDoneDetails(@NotNull LocalDate done) {
}
