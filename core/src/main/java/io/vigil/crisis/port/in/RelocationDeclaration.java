package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.RelocationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A relocation or evacuation declared for an area of the office's arrangements: its kind, the
 * area's code, the safe haven (by name) people go to, the instant the list is for (default now; at
 * most seven days either side of now), and, when declared from an activation of the crisis team,
 * the activation's id (it must be open; its log records the declaration).
 */
public record RelocationDeclaration(@NotNull RelocationKind kind, @NotBlank @Size(max = 32) String area,
                                    @NotBlank @Size(max = 200) String haven, Instant at,
                                    @Size(max = 36) String activation) {
}
