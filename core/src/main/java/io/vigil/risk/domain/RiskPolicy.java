package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;

/** An office's risk matrix and acceptability table; one per office, identified by it. */
public record RiskPolicy(OfficeId id, long version, RiskMatrix matrix, AcceptabilityRules rules)
        implements Versioned<OfficeId, RiskPolicy> {
    public RiskPolicy {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(matrix, "matrix");
        Require.nonNull(rules, "rules");
    }

    /** The defaults, for an office that has configured nothing (version 0: not stored). */
    public static RiskPolicy standard(OfficeId office) {
        return new RiskPolicy(office, 0, RiskMatrix.standard(), AcceptabilityRules.standard());
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public RiskPolicy withVersion(long newVersion) {
        return new RiskPolicy(id, newVersion, matrix, rules);
    }
}
