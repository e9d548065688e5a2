package io.vigil.testkit.contract.incident;

import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.IncidentGenerators;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link IncidentSettingsStore}; extend it with your adapter. Settings are
 * identified by their office, so every new one belongs to a fresh office.
 */
public abstract class IncidentSettingsStoreContract
        extends VersionedStoreContract<OfficeId, IncidentSettings, IncidentSettingsStore> {

    @Override
    protected Gen<IncidentSettings> newAggregates(OfficeId office) {
        return IncidentGenerators.settings();
    }

    /** The settings with one more code mapped (named after the version). */
    @Override
    protected IncidentSettings changed(IncidentSettings s) {
        Map<String, String> codes = new LinkedHashMap<>(s.codes());
        codes.put("subtype-" + s.version(), "X-" + s.version());
        return new IncidentSettings(s.id(), s.version(), s.taxonomy(), s.chain(), s.codeList(), codes);
    }
}
