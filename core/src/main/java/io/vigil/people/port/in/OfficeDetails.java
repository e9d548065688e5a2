package io.vigil.people.port.in;

import io.vigil.people.domain.OfficeProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An office's profile as its security officer sets it: a name, an IANA time zone id (such as
 * {@code Africa/Bangui}) and an ISO 3166-1 alpha-2 country code.
 */
public record OfficeDetails(@NotBlank @Size(max = OfficeProfile.MAX_NAME) String name,
                            @NotBlank @Size(max = 60) String timeZone,
                            @NotNull @Size(min = 2, max = 2) String country) {
}
