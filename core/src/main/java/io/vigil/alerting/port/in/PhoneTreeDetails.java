package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a caller says about a telephone tree: its name, who starts the cascade, and who calls whom. */
public record PhoneTreeDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull PersonId root,
        @NotEmpty @Size(max = 2000) List<PhoneTree.@NotNull Link> links) {
}
