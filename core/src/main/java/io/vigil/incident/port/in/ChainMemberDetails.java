package io.vigil.incident.port.in;

import io.vigil.incident.domain.NoticeChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One member of the reporting chain as the office sets it. */
public record ChainMemberDetails(@NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String role,
                                 @NotBlank @Size(max = 200) String name, @NotNull NoticeChannel channel,
                                 @NotBlank @Size(max = 200) String address) {
}
