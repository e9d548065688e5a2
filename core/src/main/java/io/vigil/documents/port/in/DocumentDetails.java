package io.vigil.documents.port.in;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.DocumentKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a caller says about a document of the library: its kind, title, owner (a person or a role,
 * as text), classification, next review date and, for a procedure or policy, whom it applies to
 * (null: nobody yet). Versions are published one at a time ({@link ManageDocumentsUseCase#publish}).
 */
public record DocumentDetails(@NotNull DocumentKind kind, @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 200) String owner, @NotNull Classification classification,
                              @NotNull LocalDate reviewDue, DocumentAudience appliesTo) {
}
