package io.vigil.rest.alerting;

import io.vigil.kernel.Language;
import jakarta.validation.constraints.NotNull;

/** The language ({@code en}, {@code es} or {@code fr}) of messages to persons who prefer none. */
public record MessageSettingsRequest(@NotNull Language defaultLanguage) {
}
