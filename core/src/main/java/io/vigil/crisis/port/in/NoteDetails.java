package io.vigil.crisis.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A line of text: a log entry, a situation-report update, the reason for standing down. */
public record NoteDetails(@NotBlank @Size(max = 1000) String text) {
}
