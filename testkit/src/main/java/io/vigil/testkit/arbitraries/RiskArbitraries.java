package io.vigil.testkit.arbitraries;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.AcceptabilityRules;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.domain.VenueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for the risk management context. */
public final class RiskArbitraries {
    private static final int L = Likelihood.values().length;
    private static final int I = Impact.values().length;

    private RiskArbitraries() {
    }

    /** Any 5×5 grid of levels, valid as a matrix or not. */
    public static Arbitrary<List<List<RiskLevel>>> grids() {
        return Arbitraries.of(RiskLevel.class).list().ofSize(I).list().ofSize(L);
    }

    /**
     * Valid matrices: each cell is at least its left and lower neighbours, built from a random
     * grid by taking running maxima.
     */
    public static Arbitrary<RiskMatrix> matrices() {
        return grids().map(g -> {
            RiskLevel[][] cells = new RiskLevel[L][I];
            for (int l = 0; l < L; l++) {
                for (int i = 0; i < I; i++) {
                    RiskLevel c = g.get(l).get(i);
                    if (l > 0 && cells[l - 1][i].compareTo(c) > 0) {
                        c = cells[l - 1][i];
                    }
                    if (i > 0 && cells[l][i - 1].compareTo(c) > 0) {
                        c = cells[l][i - 1];
                    }
                    cells[l][i] = c;
                }
            }
            List<List<RiskLevel>> rows = new ArrayList<>();
            for (RiskLevel[] row : cells) {
                rows.add(List.of(row));
            }
            return new RiskMatrix(rows);
        });
    }

    /** Measures due in 2026. */
    public static Arbitrary<Measure> measures() {
        return Combinators.combine(VigilArbitraries.names(), VigilArbitraries.names(), VigilArbitraries.instants(),
                Arbitraries.of(MeasureStatus.class)).as((what, who, due, status) -> new Measure("Install " + what,
                who + " (security associate)", due, status));
    }

    /** Risks with residual ratings at most the inherent ones, and measures when controlled. */
    public static Arbitrary<Risk> risks() {
        return Combinators.combine(Arbitraries.of(ThreatCategory.class), VigilArbitraries.names(),
                Arbitraries.of(Likelihood.class), Arbitraries.of(Impact.class), Arbitraries.of(Treatment.class),
                measures().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4))
                .as((category, name, l, i, treatment, measures, dl, di) -> new Risk(category, name + " threat", l, i,
                        treatment, treatment == Treatment.ACCEPT ? List.of() : measures,
                        Likelihood.values()[Math.max(0, l.ordinal() - dl)],
                        Impact.values()[Math.max(0, i.ordinal() - di)]));
    }

    /** Draft assessments of the office, scored with the standard policy, version 0. */
    public static Arbitrary<SecurityAssessment> assessments(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), VigilArbitraries.points(), VigilArbitraries.instants(),
                VigilArbitraries.durations(), risks().list().ofMaxSize(4), Arbitraries.of(ProgrammeCriticality.class),
                Arbitraries.integers().between(1, 6).optional(), VigilArbitraries.durations())
                .as((name, centre, from, length, risks, pc, level, review) -> new SecurityAssessment(
                        AssessmentId.random(), office, 0, "SRA " + name, around(centre), from,
                        from.plus(length.multipliedBy(100)), "Situation in " + name, risks, pc, level,
                        from.plus(review.multipliedBy(30)), AssessmentStatus.DRAFT, RiskMatrix.standard(),
                        AcceptabilityRules.standard(), Optional.empty(), Optional.empty()));
    }

    /** Policies of fresh offices (the office is a policy's id), with random valid matrices. */
    public static Arbitrary<RiskPolicy> policies() {
        return matrices().map(m -> new RiskPolicy(VigilArbitraries.freshOffice(), 0, m, AcceptabilityRules.standard()));
    }

    /** Restricted areas of the office: boxes around Mexico City with one to four rules, version 0. */
    public static Arbitrary<RestrictedArea> restrictedAreas(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), VigilArbitraries.points(),
                Arbitraries.of(MovementRule.class).set().ofMinSize(1), VigilArbitraries.instants(),
                VigilArbitraries.durations().optional())
                .as((name, centre, rules, from, length) -> new RestrictedArea(RestrictedAreaId.random(), office, 0,
                        name, around(centre), rules, "because of " + name, from,
                        length.map(d -> from.plus(d.multipliedBy(50)))));
    }

    /** Venue assessments of the office, version 0. */
    public static Arbitrary<VenueAssessment> venues(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), Arbitraries.of(VenueKind.class),
                VigilArbitraries.points(), Arbitraries.integers().between(1, 5),
                VigilArbitraries.names().list().ofMaxSize(3), Arbitraries.of(true, false),
                VigilArbitraries.instants(), VigilArbitraries.durations())
                .as((name, kind, point, rating, findings, approved, at, valid) -> new VenueAssessment(VenueId.random(),
                        office, 0, "Venue " + name, kind, "Calle " + name + " 12", point, rating,
                        findings.stream().map(f -> "Finding: " + f).toList(), approved, "associate", at,
                        at.plus(valid.multipliedBy(100))));
    }

    private static List<GeoPoint> around(GeoPoint c) {
        return GeoArea.rectangle(GeoPoint.of(c.latitude() - 0.05, c.longitude() - 0.05),
                GeoPoint.of(c.latitude() + 0.05, c.longitude() + 0.05)).vertices();
    }
}
