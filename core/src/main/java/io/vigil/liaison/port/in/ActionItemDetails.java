package io.vigil.liaison.port.in;

import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new action item or associate task: what is to be done, by whom (a person of the office), by when. */
public record ActionItemDetails(@NotBlank @Size(max = 300) String title, @NotNull PersonId owner,
                                @NotNull LocalDate due) {
}
