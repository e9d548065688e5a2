package io.vigil.movement.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;

/**
 * A call-in a person on a movement sends from the field (an SMS "OK 14:30 PK12"): who sent it (a
 * passenger or the convoy leader), how the log names the caller ({@code by}, e.g. "SMS from +52 55
 * 4444 1001"), the time they give on the office's clock (its time zone), and where they say they
 * are (free text, optional).
 */
public record FieldCallInDetails(
        @NotNull PersonId caller,
        @NotBlank @Size(max = 200) String by,
        @NotNull LocalTime time,
        @Size(max = 200) String place) {
    public FieldCallInDetails {
        place = place == null || place.isBlank() ? null : place.strip();
    }
}
