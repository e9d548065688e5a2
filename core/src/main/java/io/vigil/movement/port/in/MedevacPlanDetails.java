package io.vigil.movement.port.in;

import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A duty station's MEDEVAC plan as a caller records it. */
public record MedevacPlanDetails(
        @NotBlank @Size(max = 200) String dutyStation,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid FacilityDetails> facilities,
        @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 300) String> transport,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid ContactDetails> contacts,
        @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 200) String> eligible,
        @NotNull LocalDate reviewDue) {

    /** A receiving facility: name, what it can treat, phone, where. */
    public record FacilityDetails(@NotBlank @Size(max = 200) String name,
                                  @NotBlank @Size(max = 500) String capability,
                                  @NotBlank @Size(max = 40) String phone,
                                  GeoPoint where) {
    }

    /** A contact: name, role, phone. */
    public record ContactDetails(@NotBlank @Size(max = 200) String name,
                                 @NotBlank @Size(max = 200) String role,
                                 @NotBlank @Size(max = 40) String phone) {
    }
}
