package io.vigil.rest.incident;

import io.vigil.incident.domain.ChainMember;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.domain.Taxonomy;
import java.util.List;
import java.util.Map;

/** The office's incident settings as the API shows them. */
public record IncidentSettingsResource(String office, long version, Taxonomy taxonomy, List<ChainMember> chain,
                                       String codeList, Map<String, String> codes) {

    /** The resource of the settings. */
    public static IncidentSettingsResource from(IncidentSettings s) {
        return new IncidentSettingsResource(s.id().value(), s.version(), s.taxonomy(), s.chain(), s.codeList(),
                s.codes());
    }
}
