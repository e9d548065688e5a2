package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.util.List;

/**
 * One threat of an assessment, rated before and after its measures. Measures never raise a
 * risk, so the residual ratings are at most the inherent ones; a controlled risk has measures.
 * Limits: a threat of 500 characters, at most {@value #MAX_MEASURES} measures.
 */
public record Risk(ThreatCategory category, String threat, Likelihood likelihood, Impact impact,
                   Treatment treatment, List<Measure> measures, Likelihood residualLikelihood,
                   Impact residualImpact) {
    /** The most measures one risk may list. */
    public static final int MAX_MEASURES = 50;

    public Risk {
        Require.nonNull(category, "category");
        threat = Require.text(threat, "threat", 500);
        Require.nonNull(likelihood, "likelihood");
        Require.nonNull(impact, "impact");
        Require.nonNull(treatment, "treatment");
        measures = Require.noNulls(Require.nonNull(measures, "measures"), "measures");
        Require.that(measures.size() <= MAX_MEASURES, "measures", "must hold at most " + MAX_MEASURES + " measures");
        Require.nonNull(residualLikelihood, "residualLikelihood");
        Require.nonNull(residualImpact, "residualImpact");
        Require.that(residualLikelihood.compareTo(likelihood) <= 0,
                "residualLikelihood", "must not exceed the likelihood " + likelihood);
        Require.that(residualImpact.compareTo(impact) <= 0, "residualImpact", "must not exceed the impact " + impact);
        Require.that(treatment != Treatment.CONTROL || !measures.isEmpty(),
                "measures", "must be given for a CONTROL treatment");
    }
}
