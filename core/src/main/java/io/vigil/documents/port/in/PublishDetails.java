package io.vigil.documents.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new version of a document: its media type ({@code text/markdown}, {@code application/pdf} or
 * {@code text/plain}), its bytes (at most {@code Content.MAX_BYTES}) and what changed.
 */
public record PublishDetails(@NotBlank @Size(max = 100) String contentType, @NotNull byte[] content,
                             @Size(max = 500) String note) {
}
