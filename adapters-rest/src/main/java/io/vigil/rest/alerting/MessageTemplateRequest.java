package io.vigil.rest.alerting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An office's own text for a template, with named placeholders such as {@code {title}}; at most 160 characters. */
public record MessageTemplateRequest(@NotNull @Size(max = 160) String text) {
}
