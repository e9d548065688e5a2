package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.durations;
import static io.vigil.testkit.generators.KernelGenerators.enumSets;
import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.optionals;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the risk management context. */
public final class RiskGenerators {
    private static final int L = Likelihood.values().length;
    private static final int I = Impact.values().length;

    private RiskGenerators() {
    }

    /** Any 5×5 grid of levels, valid as a matrix or not. */
    public static Gen<List<List<RiskLevel>>> grids() {
        return lists().of(lists().of(Generate.enumValues(RiskLevel.class)).ofSize(I)).ofSize(L);
    }

    /**
     * Valid matrices: each cell is at least its left and lower neighbours, built from a random
     * grid by taking running maxima.
     */
    public static Gen<RiskMatrix> matrices() {
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
    public static Gen<Measure> measures() {
        return names().zip(names(), instants(), Generate.enumValues(MeasureStatus.class),
                (what, who, due, status) -> new Measure("Install " + what, who + " (security associate)", due, status));
    }

    /** Risks with residual ratings at most the inherent ones, and one to three measures unless accepted. */
    public static Gen<Risk> risks() {
        Gen<ThreatCategory> categories = Generate.enumValues(ThreatCategory.class);
        Gen<String> names = names();
        Gen<Likelihood> likelihoods = Generate.enumValues(Likelihood.class);
        Gen<Impact> impacts = Generate.enumValues(Impact.class);
        Gen<Treatment> treatments = Generate.enumValues(Treatment.class);
        Gen<List<Measure>> measures = lists().of(measures()).ofSizeBetween(1, 3);
        Gen<Integer> reductions = Generate.range(0, 4);
        return in -> {
            ThreatCategory category = categories.generate(in);
            String name = names.generate(in);
            Likelihood l = likelihoods.generate(in);
            Impact i = impacts.generate(in);
            Treatment treatment = treatments.generate(in);
            List<Measure> planned = measures.generate(in);
            int dl = reductions.generate(in);
            int di = reductions.generate(in);
            return new Risk(category, name + " threat", l, i, treatment,
                    treatment == Treatment.ACCEPT ? List.of() : planned,
                    Likelihood.values()[Math.max(0, l.ordinal() - dl)], Impact.values()[Math.max(0, i.ordinal() - di)]);
        };
    }

    /** Draft assessments of the office with up to four risks, scored with the standard policy, version 0. */
    public static Gen<SecurityAssessment> assessments(OfficeId office) {
        Gen<String> names = names();
        Gen<GeoPoint> points = points();
        Gen<Instant> instants = instants();
        Gen<Duration> durations = durations();
        Gen<List<Risk>> risks = lists().of(risks()).ofSizeBetween(0, 4);
        Gen<ProgrammeCriticality> criticalities = Generate.enumValues(ProgrammeCriticality.class);
        Gen<Optional<Integer>> levels = optionals(Generate.range(1, 6));
        return in -> {
            String name = names.generate(in);
            GeoPoint centre = points.generate(in);
            Instant from = instants.generate(in);
            Duration length = durations.generate(in);
            List<Risk> found = risks.generate(in);
            ProgrammeCriticality criticality = criticalities.generate(in);
            Optional<Integer> level = levels.generate(in);
            Duration review = durations.generate(in);
            return new SecurityAssessment(AssessmentId.random(), office, 0, "SRA " + name, around(centre), from,
                    from.plus(length.multipliedBy(100)), "Situation in " + name, found, criticality, level,
                    from.plus(review.multipliedBy(30)), new AssessmentState.Draft(), RiskMatrix.standard(),
                    AcceptabilityRules.standard());
        };
    }

    /** Policies of fresh offices (the office is a policy's id), with random valid matrices. */
    public static Gen<RiskPolicy> policies() {
        return matrices().map(m -> new RiskPolicy(KernelGenerators.freshOffice(), 0, m, AcceptabilityRules.standard()));
    }

    /** Restricted areas of the office: boxes around Mexico City with at least one rule, version 0. */
    public static Gen<RestrictedArea> restrictedAreas(OfficeId office) {
        return names().zip(points(), enumSets(MovementRule.class), instants(), optionals(durations()),
                (name, centre, rules, from, length) -> new RestrictedArea(RestrictedAreaId.random(), office, 0,
                        name, around(centre), rules, "because of " + name, from,
                        length.map(d -> from.plus(d.multipliedBy(50)))));
    }

    /** Venue assessments of the office rated 1 to 5 with up to three findings, version 0. */
    public static Gen<VenueAssessment> venues(OfficeId office) {
        Gen<String> names = names();
        Gen<VenueKind> kinds = Generate.enumValues(VenueKind.class);
        Gen<GeoPoint> points = points();
        Gen<Integer> ratings = Generate.range(1, 5);
        Gen<List<String>> findings = lists().of(names()).ofSizeBetween(0, 3);
        Gen<Boolean> approvals = Generate.booleans();
        Gen<Instant> instants = instants();
        Gen<Duration> durations = durations();
        return in -> {
            String name = names.generate(in);
            VenueKind kind = kinds.generate(in);
            GeoPoint point = points.generate(in);
            int rating = ratings.generate(in);
            List<String> found = findings.generate(in);
            boolean approved = approvals.generate(in);
            Instant at = instants.generate(in);
            Duration valid = durations.generate(in);
            return new VenueAssessment(VenueId.random(), office, 0, "Venue " + name, kind, "Calle " + name + " 12",
                    point, rating, found.stream().map(f -> "Finding: " + f).toList(), approved, "associate", at,
                    at.plus(valid.multipliedBy(100)));
        };
    }

    /** Security systems and equipment with up to three results, all tagged "tag" (the caller numbers them). */
    public static Gen<SecurityAsset> assets() {
        Gen<CheckResult> checks = Generate.enumValues(CheckKind.class).zip(instants(), Generate.booleans(),
                (kind, at, passed) -> new CheckResult(kind, at, passed, passed ? "" : "failed"));
        Gen<AssetKind> kinds = Generate.enumValues(AssetKind.class);
        Gen<String> names = names();
        Gen<Instant> instants = instants();
        Gen<Integer> days = Generate.range(1, 365);
        Gen<List<CheckResult>> results = lists().of(checks).ofSizeBetween(0, 3);
        return in -> {
            AssetKind kind = kinds.generate(in);
            String supplier = names.generate(in);
            Instant bought = instants.generate(in);
            int maintain = days.generate(in);
            int test = days.generate(in);
            List<CheckResult> done = results.generate(in);
            return new SecurityAsset("tag", kind, kind + " from " + supplier,
                    new Procurement(supplier, bought, "PO-" + supplier), maintain, test, done);
        };
    }

    /** Facilities of the office with up to three assets; residences come with up to two surveys, version 0. */
    public static Gen<Facility> facilities(OfficeId office) {
        Gen<ResidenceSurvey> surveys = instants().zip(lists().of(Generate.booleans()).ofSizeBetween(1, 4),
                (at, answers) -> new ResidenceSurvey(at, "associate", numbered(answers)));
        return names().zip(Generate.enumValues(FacilityKind.class), points(), lists().of(assets()).ofSizeBetween(0, 3),
                lists().of(surveys).ofSizeBetween(0, 2),
                (name, kind, point, assets, done) -> new Facility(FacilityId.random(), office, 0, "Facility " + name,
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
