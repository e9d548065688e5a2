package io.vigil.incident.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The written report on an incident, as its author submits it. */
public record WrittenReportDetails(@NotBlank @Size(max = 20_000) String text) {
}
