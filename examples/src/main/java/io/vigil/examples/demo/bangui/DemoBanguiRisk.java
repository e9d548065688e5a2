package io.vigil.examples.demo.bangui;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.Procurement;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.risk.port.in.RiskUseCases;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * The Bangui office's security risk assessment, seeded through the use cases when it has none: the
 * approved SRA of Bangui and its surroundings, in French, whose armed-conflict and crime threats stay
 * at a higher residual risk than Mexico City's (armed conflict very high, so only PC1 programmes
 * proceed, with the executive head's approval; armed crime high, where Mexico City's crime is
 * medium); two restricted areas, the PK5 market
 * (escort and daylight only) and the roads out of the city beyond the northern limit (a clearance
 * for every trip); and the office compound with its security equipment, where the guards stand.
 */
public final class DemoBanguiRisk {
    /** The title of the Bangui SRA. */
    public static final String SRA = "Évaluation des risques de sécurité, Bangui et environs";
    /** The PK5 market area: escort, daylight only. */
    public static final String PK5 = "Marché du PK5 (3e arrondissement)";
    /** The roads out of the city: a clearance for every trip. */
    public static final String ROADS_OUT = "Routes hors de Bangui (PK12, Damara, Boali)";
    /** The office compound, the guards' site. */
    public static final String COMPOUND = "Bureau de l'OIM, Bangui";
    /** The area the SRA covers: Bangui and the Ombella-M'Poko around it. */
    static final List<GeoPoint> BANGUI_AND_SURROUNDINGS = List.of(GeoPoint.of(4.20, 18.30), GeoPoint.of(4.20, 18.90),
            GeoPoint.of(5.10, 18.90), GeoPoint.of(5.10, 18.30));
    /** The roads out of the city, north of the city's limit (4.43° N) up to Damara. */
    static final List<GeoPoint> NORTH_OF_THE_CITY = List.of(GeoPoint.of(4.43, 18.30), GeoPoint.of(4.43, 18.90),
            GeoPoint.of(5.10, 18.90), GeoPoint.of(5.10, 18.30));
    /** The PK5 market, 3e arrondissement. */
    static final List<GeoPoint> PK5_MARKET = List.of(GeoPoint.of(4.372, 18.540), GeoPoint.of(4.372, 18.556),
            GeoPoint.of(4.384, 18.556), GeoPoint.of(4.384, 18.540));

    private final RiskUseCases risk;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiRisk(RiskUseCases risk) {
        this.risk = risk;
    }

    /** Seeds the SRA, the restricted areas and the compound unless the office has an assessment. */
    public void seedIfEmpty(Instant now) {
        if (risk.assessments().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        SecurityAssessment draft = risk.assessments().create(officer, sra(today));
        SecurityAssessment review = risk.assessments().submit(officer, draft.id(), draft.version());
        risk.assessments().approve(officer, review.id(), review.version());
        risk.areas().createAll(officer, List.of(
                new RestrictedAreaDetails(PK5, PK5_MARKET, Set.of(MovementRule.ESCORT_NEEDED, MovementRule.DAYLIGHT_ONLY),
                        "Braquages, barrages armés improvisés et tensions intercommunautaires ; visites de service"
                                + " seulement, avec escorte, entre le lever et le coucher du soleil.",
                        today.minus(Duration.ofDays(60)), null),
                new RestrictedAreaDetails(ROADS_OUT, NORTH_OF_THE_CITY, Set.of(MovementRule.CLEARANCE_NEEDED),
                        "Groupes armés et coupeurs de route au-delà du PK12 ; toute sortie de la ville exige une"
                                + " autorisation de sécurité et un convoi de deux véhicules.",
                        today.minus(Duration.ofDays(60)), today.plus(Duration.ofDays(305)))));
        Procurement bought = new Procurement("Oubangui Sécurité Équipements", today.minus(Duration.ofDays(300)),
                "BC-2025-044");
        CheckResult tested = new CheckResult(CheckKind.TEST, today.minus(Duration.ofDays(25)), true, "");
        risk.facilities().create(officer, new FacilityDetails(COMPOUND, FacilityKind.OFFICE,
                "Avenue de l'Indépendance, 1er arrondissement, Bangui", DemoBanguiOffice.OFFICE_POINT, null, List.of(
                        new SecurityAsset("RAD-01", AssetKind.RADIO, "Salle radio HF/VHF, 10 postes portatifs", bought,
                                365, 30, List.of(tested)),
                        new SecurityAsset("CCTV-01", AssetKind.CCTV, "6 caméras : portail et périmètre", bought, 180,
                                90, List.of(tested)))));
    }

    private static Measure measure(String what, String owner, Instant due, MeasureStatus status) {
        return new Measure(what, owner, due, status);
    }

    private static AssessmentDetails sra(Instant today) {
        Instant soon = today.plus(Duration.ofDays(30));
        List<Risk> risks = List.of(
                new Risk(ThreatCategory.ARMED_CONFLICT, "affrontements entre groupes armés et forces"
                        + " gouvernementales aux sorties nord de la ville et sur les axes vers Damara et Boali",
                        Likelihood.VERY_LIKELY, Impact.CRITICAL, Treatment.CONTROL, List.of(
                                measure("Autorisation de sécurité et convoi de deux véhicules pour toute sortie de"
                                        + " la ville", "Security officer", soon, MeasureStatus.IMPLEMENTED),
                                measure("Suivi radio des convois toutes les deux heures", "Salle radio", soon,
                                        MeasureStatus.IMPLEMENTED)),
                        Likelihood.LIKELY, Impact.CRITICAL),
                new Risk(ThreatCategory.CRIME, "braquages à main armée aux barrages improvisés, autour du PK5 et"
                        + " la nuit", Likelihood.VERY_LIKELY, Impact.SEVERE, Treatment.CONTROL, List.of(
                                measure("PK5 seulement avec escorte et de jour", "Security associate", soon,
                                        MeasureStatus.IMPLEMENTED),
                                measure("Couvre-feu du personnel de 19:00 à 06:00", "Security officer", soon,
                                        MeasureStatus.IMPLEMENTED)),
                        Likelihood.LIKELY, Impact.SEVERE),
                new Risk(ThreatCategory.CIVIL_UNREST, "manifestations et tensions intercommunautaires dans le 3e"
                        + " arrondissement", Likelihood.LIKELY, Impact.MODERATE, Treatment.CONTROL, List.of(
                                measure("Alertes SMS du personnel par la salle radio", "Salle radio", soon,
                                        MeasureStatus.IN_PROGRESS)),
                        Likelihood.MODERATELY_LIKELY, Impact.MODERATE));
        return new AssessmentDetails(SRA, BANGUI_AND_SURROUNDINGS, today.minus(Duration.ofDays(20)),
                today.plus(Duration.ofDays(160)), "Le conflit armé reste la menace dominante hors de la ville ; la"
                        + " criminalité armée (barrages, braquages) la menace dominante en ville, surtout autour du"
                        + " PK5. Sorties de la ville sur autorisation, PK5 avec escorte et de jour.",
                risks, ProgrammeCriticality.PC1, 4, today.plus(Duration.ofDays(70)));
    }
}
