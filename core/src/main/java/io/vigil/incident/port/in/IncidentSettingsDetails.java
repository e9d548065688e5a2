package io.vigil.incident.port.in;

import io.vigil.incident.domain.Taxonomy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The office's incident settings as a caller sets them: the taxonomy (default the standard one),
 * the reporting chain, the external code list's name and the mapping of subtype codes to its codes.
 */
public record IncidentSettingsDetails(
        Taxonomy taxonomy,
        @Size(max = 20) List<@NotNull @Valid ChainMemberDetails> chain,
        @NotBlank @Size(max = 100) String codeList,
        @Size(max = 500) Map<@NotBlank String, @NotBlank @Size(max = 50) String> codes) {
    public IncidentSettingsDetails {
        taxonomy = taxonomy == null ? Taxonomy.standard() : taxonomy;
        chain = chain == null ? List.of() : chain;
        codes = codes == null ? Map.of() : codes;
    }
}
