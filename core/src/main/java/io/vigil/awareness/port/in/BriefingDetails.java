package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.BriefingKind;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A briefing as a caller records it; the attendees are persons of the office. */
public record BriefingDetails(
        @NotNull BriefingKind kind,
        @NotNull Instant at,
        @NotBlank @Size(max = 200) String place,
        @NotBlank @Size(max = 200) String presenter,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> topics,
        @Size(max = 500) List<@NotNull PersonId> attendees) {
    public BriefingDetails {
        topics = topics == null ? List.of() : topics;
        attendees = attendees == null ? List.of() : attendees;
    }
}
