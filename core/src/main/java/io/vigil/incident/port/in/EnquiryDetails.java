package io.vigil.incident.port.in;

import io.vigil.incident.domain.IncidentReportId;
import io.vigil.kernel.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A preliminary enquiry as the officer opens it: its title, the incident it looks into (none for a
 * breach without a report), its investigators (account subjects) and the persons it concerns.
 */
public record EnquiryDetails(
        @NotBlank @Size(max = 200) String title,
        IncidentReportId incident,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> investigators,
        @Size(max = 100) List<@NotNull PersonId> persons) {
    public EnquiryDetails {
        persons = persons == null ? List.of() : persons;
    }
}
