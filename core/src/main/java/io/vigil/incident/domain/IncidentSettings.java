package io.vigil.incident.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An office's incident settings, one per office and identified by it: the taxonomy, the reporting
 * chain told of every flash and written report, and the mapping of subtype codes to the codes of an
 * external code list (named {@code codeList}) used by the export.
 */
public record IncidentSettings(OfficeId id, long version, Taxonomy taxonomy, List<ChainMember> chain,
                               String codeList, Map<String, String> codes)
        implements Versioned<OfficeId, IncidentSettings> {
    /** The most members of the reporting chain. */
    public static final int MAX_CHAIN = 20;
    /** The most entries of the code mapping. */
    public static final int MAX_CODES = 500;

    public IncidentSettings {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(taxonomy, "taxonomy");
        chain = Require.noNulls(chain, "chain");
        Require.that(chain.size() <= MAX_CHAIN, "chain", "must have at most " + MAX_CHAIN + " members");
        Set<String> roles = new HashSet<>();
        chain.forEach(m -> Require.that(roles.add(m.role()), "chain", "must not repeat the role " + m.role()));
        codeList = Require.text(codeList, "codeList", 100);
        codes = codes == null ? Map.of() : codes;
        Require.that(codes.size() <= MAX_CODES, "codes", "must have at most " + MAX_CODES + " entries");
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : codes.entrySet()) {
            Require.that(e.getKey() != null && e.getValue() != null, "codes", "must not contain null");
            sorted.put(e.getKey(), Require.text(e.getValue(), "codes." + e.getKey(), 50));
        }
        codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** The defaults, for an office that has set nothing (version 0: not stored): the standard taxonomy, no chain, no mapping. */
    public static IncidentSettings standard(OfficeId office) {
        return new IncidentSettings(office, 0, Taxonomy.standard(), List.of(), "none", Map.of());
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public IncidentSettings withVersion(long newVersion) {
        return new IncidentSettings(id, newVersion, taxonomy, chain, codeList, codes);
    }
}
