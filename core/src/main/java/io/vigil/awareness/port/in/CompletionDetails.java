package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.CourseId;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A completion as a caller records it: who, which course, when, and the certificate's reference if any. */
public record CompletionDetails(@NotNull PersonId person, @NotNull CourseId course, @NotNull Instant completedAt,
                                @Size(max = 200) String certificate) {
}
