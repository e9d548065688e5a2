package io.vigil.testkit.arbitraries;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.AcceptabilityRules;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentState;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.ChecklistItem;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.Procurement;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.domain.VenueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
                        from.plus(review.multipliedBy(30)), new AssessmentState.Draft(), RiskMatrix.standard(),
                        AcceptabilityRules.standard()));
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

    /** Security systems and equipment with a few results, tags unique by construction (the caller numbers them). */
    public static Arbitrary<SecurityAsset> assets() {
        Arbitrary<CheckResult> checks = Combinators.combine(Arbitraries.of(CheckKind.class),
                VigilArbitraries.instants(), Arbitraries.of(true, false))
                .as((kind, at, passed) -> new CheckResult(kind, at, passed, passed ? "" : "failed"));
        return Combinators.combine(Arbitraries.of(AssetKind.class), VigilArbitraries.names(),
                VigilArbitraries.instants(), Arbitraries.integers().between(1, 365),
                Arbitraries.integers().between(1, 365), checks.list().ofMaxSize(3))
                .as((kind, supplier, bought, maintain, test, results) -> new SecurityAsset("tag", kind,
                        kind + " from " + supplier, new Procurement(supplier, bought, "PO-" + supplier), maintain, test,
                        results));
    }

    /** Facilities of the office; residences come with surveys, version 0. */
    public static Arbitrary<Facility> facilities(OfficeId office) {
        Arbitrary<ResidenceSurvey> surveys = Combinators.combine(VigilArbitraries.instants(),
                Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(4))
                .as((at, answers) -> new ResidenceSurvey(at, "associate", numbered(answers)));
        return Combinators.combine(VigilArbitraries.names(), Arbitraries.of(FacilityKind.class),
                VigilArbitraries.points(), assets().list().ofMaxSize(3), surveys.list().ofMaxSize(2))
                .as((name, kind, point, assets, done) -> new Facility(FacilityId.random(), office, 0, "Facility " + name,
                        kind, "Calle " + name, point, kind == FacilityKind.RESIDENCE
                        ? Optional.of(UUID.randomUUID().toString()) : Optional.empty(), tagged(assets),
                        kind == FacilityKind.RESIDENCE ? done : List.of()));
    }

    private static List<ChecklistItem> numbered(List<Boolean> answers) {
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            items.add(new ChecklistItem(ResidenceSurvey.STANDARD_CHECKLIST.get(i), answers.get(i), ""));
        }
        return items;
    }

    private static List<SecurityAsset> tagged(List<SecurityAsset> assets) {
        List<SecurityAsset> tagged = new ArrayList<>();
        for (int i = 0; i < assets.size(); i++) {
            SecurityAsset a = assets.get(i);
            tagged.add(new SecurityAsset("A-" + (i + 1), a.kind(), a.description(), a.procurement(),
                    a.maintenanceEveryDays(), a.testEveryDays(), a.checks()));
        }
        return tagged;
    }

    private static List<GeoPoint> around(GeoPoint c) {
        return GeoArea.rectangle(GeoPoint.of(c.latitude() - 0.05, c.longitude() - 0.05),
                GeoPoint.of(c.latitude() + 0.05, c.longitude() + 0.05)).vertices();
    }
}
