package io.vigil.documents.port.in;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.NoticeChannel;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** To whom, and on which channels, the current version of a document is sent. */
public record DisseminationDetails(@NotNull DocumentAudience audience,
                                   @NotEmpty @Size(max = 3) Set<@NotNull NoticeChannel> channels) {
}
