package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.math.BigDecimal;

/**
 * A contract's terms for certifying invoices: liquidated damages are due for a post's day whose
 * payable hours fall below {@code damagesThreshold} of its scheduled hours, at {@code damagesFactor}
 * × rate × the hours unfilled; an invoiced line may differ from the expected amount by at most
 * {@code lineTolerance} (its hours never).
 */
public record CertificationTerms(BigDecimal damagesThreshold, BigDecimal damagesFactor, BigDecimal lineTolerance) {
    /** The standard terms: 95 %, a factor of 2, no tolerance. */
    public static final CertificationTerms STANDARD = new CertificationTerms(new BigDecimal("0.95"),
            BigDecimal.valueOf(2), BigDecimal.ZERO);

    public CertificationTerms {
        Require.nonNull(damagesThreshold, "terms.damagesThreshold");
        Require.that(damagesThreshold.signum() >= 0 && damagesThreshold.compareTo(BigDecimal.ONE) <= 0
                && damagesThreshold.scale() <= 4, "terms.damagesThreshold", "must be between 0 and 1, at most 4 decimals");
        Require.nonNull(damagesFactor, "terms.damagesFactor");
        Require.that(damagesFactor.signum() >= 0 && damagesFactor.compareTo(BigDecimal.TEN) <= 0
                && damagesFactor.scale() <= 2, "terms.damagesFactor", "must be between 0 and 10, at most 2 decimals");
        Require.nonNull(lineTolerance, "terms.lineTolerance");
        Require.that(lineTolerance.signum() >= 0 && lineTolerance.scale() <= 4
                && lineTolerance.compareTo(BigDecimal.valueOf(1_000_000)) <= 0, "terms.lineTolerance",
                "must be between 0 and 1,000,000, at most 4 decimals");
    }
}
