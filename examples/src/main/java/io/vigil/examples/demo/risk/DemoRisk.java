package io.vigil.examples.demo.risk;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.domain.AdviceDecision;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.ChecklistItem;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Finding;
import io.vigil.risk.domain.FindingStatus;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.PlannedAsset;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.Procurement;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.ProjectKind;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.domain.VenueKind;
import io.vigil.risk.port.in.AdviceDetails;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.ClosureDetails;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.PhaseDetails;
import io.vigil.risk.port.in.PremisesProjectDetails;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.in.SiteVisitDetails;
import io.vigil.risk.port.in.VenueDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's security risk assessments, seeded through the use cases when the office has
 * none: an approved Mexico City SRA (crime, civil unrest, earthquakes...), an approved Oaxaca
 * field-visit SRA whose review is overdue (with a measure past its due date), a draft for Guerrero, two restricted areas, and four
 * assessed venues (one of them lapsed), the two offices with their security systems and equipment
 * (one CCTV test overdue), the IFC office's renovation (design approved with conditions, one
 * still open), and three surveyed staff residences (two of them non-compliant).
 */
public final class DemoRisk {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRisk.class);
    private static final List<GeoPoint> MEXICO_CITY = List.of(GeoPoint.of(19.18, -99.36), GeoPoint.of(19.18, -98.94),
            GeoPoint.of(19.59, -98.94), GeoPoint.of(19.59, -99.36));
    private static final List<GeoPoint> OAXACA = List.of(GeoPoint.of(16.9, -96.9), GeoPoint.of(16.9, -96.5),
            GeoPoint.of(17.2, -96.5), GeoPoint.of(17.2, -96.9));
    private static final List<GeoPoint> GUERRERO = List.of(GeoPoint.of(16.6, -100.1), GeoPoint.of(16.6, -99.6),
            GeoPoint.of(17.7, -99.6), GeoPoint.of(17.7, -100.1));

    private final RiskUseCases risk;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoRisk(RiskUseCases risk, PeopleUseCases people) {
        this.risk = risk;
        this.people = people;
    }

    /** Seeds the assessments unless the office has some. */
    public void seedIfEmpty(Instant now) {
        if (risk.assessments().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        approve(risk.assessments().create(officer, mexicoCity(today)));
        approve(risk.assessments().create(officer, oaxaca(today)));
        risk.assessments().create(officer, new AssessmentDetails("Guerrero field missions SRA", GUERRERO, today,
                today.plus(Duration.ofDays(180)), "Draft for supervision missions to Chilpancingo and Acapulco.",
                List.of(new Risk(ThreatCategory.CRIME, "road blockades and extortion by criminal groups",
                        Likelihood.VERY_LIKELY, Impact.SEVERE, Treatment.AVOID, List.of(), Likelihood.LIKELY,
                        Impact.SEVERE)), ProgrammeCriticality.PC2, 5, today.plus(Duration.ofDays(60))));
        risk.areas().createAll(officer, List.of(
                new RestrictedAreaDetails("Tierra Caliente (Guerrero and Michoacán)", List.of(GeoPoint.of(18.2, -101.6),
                        GeoPoint.of(18.2, -100.3), GeoPoint.of(18.9, -100.3), GeoPoint.of(18.9, -101.6)),
                        Set.of(MovementRule.FORBIDDEN), "Armed clashes between criminal groups; illegal checkpoints.",
                        today.minus(Duration.ofDays(90)), null),
                new RestrictedAreaDetails("Tepito market district", List.of(GeoPoint.of(19.440, -99.130),
                        GeoPoint.of(19.440, -99.118), GeoPoint.of(19.450, -99.118), GeoPoint.of(19.450, -99.130)),
                        Set.of(MovementRule.ESCORT_NEEDED, MovementRule.DAYLIGHT_ONLY),
                        "Street crime and armed robbery; visits only on official business.",
                        today.minus(Duration.ofDays(30)), today.plus(Duration.ofDays(335)))));
        venue("Hotel in Polanco", VenueKind.HOTEL, "Campos Elíseos, Polanco", GeoPoint.of(19.4320, -99.1940), 5,
                List.of("Guards and bag screening at the entrance", "Seismic retrofit certified in 2019"), true,
                today.minus(Duration.ofDays(40)), today.plus(Duration.ofDays(325)));
        venue("Restaurant on Avenida Ámsterdam", VenueKind.RESTAURANT, "Avenida Ámsterdam, Condesa",
                GeoPoint.of(19.4110, -99.1700), 4, List.of("Valet parking only; no street parking at night"), true,
                today.minus(Duration.ofDays(100)), today.plus(Duration.ofDays(80)));
        venue("Secretaría de Relaciones Exteriores", VenueKind.GOVERNMENT_OFFICE, "Avenida Juárez 20, Centro",
                GeoPoint.of(19.4356, -99.1445), 4, List.of("Marches on Avenida Juárez can block access"), true,
                today.minus(Duration.ofDays(60)), today.plus(Duration.ofDays(300)));
        venue("Conference centre in Santa Fe", VenueKind.EVENT_SITE, "Santa Fe", GeoPoint.of(19.3600, -99.2600), 2,
                List.of("No controlled access to the car park", "Single evacuation route from the main hall"), false,
                today.minus(Duration.ofDays(400)), today.minus(Duration.ofDays(35)));
        facilities(today);
        LOG.info("Seeded 3 security risk assessments, 2 restricted areas, 4 venues, 5 facilities and the IFC office's renovation for {}",
                DemoOffice.OFFICE);
    }

    /**
     * The IFC office's renovation: design approved with conditions (one closed with its evidence, one
     * open, so the sign-off is refused), works not advised yet, a site visit's findings, and the new
     * CCTV and alarm it installs on sign-off.
     */
    private void renovation(Facility ifc, Instant today) {
        LocalDate day = LocalDate.ofInstant(today, ZoneOffset.UTC);
        PremisesProject p = risk.premises().create(officer, new PremisesProjectDetails(
                "IFC office renovation, Paseo de la Reforma", ProjectKind.RENOVATION, ifc.id(), List.of(
                        new PhaseDetails("design", day.minusDays(40), day.minusDays(5)),
                        new PhaseDetails("works", day.minusDays(4), day.plusDays(120)),
                        new PhaseDetails("handover", day.plusDays(121), day.plusDays(135))), null, List.of(
                        new PlannedAsset("CCTV-01", AssetKind.CCTV, "24 cameras: perimeter, entrances, car park",
                                "Sistemas de Seguridad del Valle", "PO-2026-031", 180, 90),
                        new PlannedAsset("ALM-01", AssetKind.ALARM, "Intrusion alarm with panic buttons",
                                "Sistemas de Seguridad del Valle", "PO-2026-032", 365, 90))));
        p = risk.premises().recordVisit(officer, p.id(), p.version(), new SiteVisitDetails(today.minus(
                Duration.ofDays(30)), List.of(
                        new Finding("GLZ-1", FindingStatus.NOT_MET, "Plain glass on the Reforma facade",
                                List.of("visit-2026-ifc/photo-04.jpg")),
                        new Finding("VEH-1", FindingStatus.PARTLY_MET, "Garage gate without a rated barrier",
                                List.of("visit-2026-ifc/photo-09.jpg")),
                        new Finding("SAF-1", FindingStatus.MET, "Safe room on the 3rd floor", List.of()))));
        p = risk.premises().advise(officer, p.id(), p.version(), new AdviceDetails("design",
                AdviceDecision.APPROVE_WITH_CONDITIONS, List.of("the layout keeps one controlled entrance",
                        "the safe room stays central"), List.of("laminated glazing on the Reforma facade",
                        "a rated vehicle barrier at the garage gate")));
        risk.premises().closeCondition(officer, p.id(), p.version(), 2, new ClosureDetails(
                "barrier certificate ASTM F2656 M30, delivery note DN-5521"));
    }

    private void venue(String name, VenueKind kind, String address, GeoPoint at, int rating, List<String> findings,
                       boolean approved, Instant assessed, Instant validUntil) {
        risk.venues().create(officer, new VenueDetails(name, kind, address, at, rating, findings, approved, assessed,
                validUntil));
    }

    private void facilities(Instant today) {
        Instant bought = today.minus(Duration.ofDays(400));
        Procurement contract = new Procurement("Sistemas de Seguridad del Valle", bought, "PO-2025-117");
        CheckResult recent = new CheckResult(CheckKind.TEST, today.minus(Duration.ofDays(20)), true, "");
        risk.facilities().create(officer, new FacilityDetails("IBRD office, San José Insurgentes", FacilityKind.OFFICE,
                "Insurgentes Sur 1605, San José Insurgentes", DemoOffice.IBRD_OFFICE, null, List.of(
                        new SecurityAsset("CCTV-01", AssetKind.CCTV, "16 cameras, lobby and car park", contract, 180,
                                90, List.of(new CheckResult(CheckKind.TEST, today.minus(Duration.ofDays(120)), true,
                                "all cameras recording"))),
                        new SecurityAsset("ACS-01", AssetKind.ACCESS_CONTROL, "Badge readers on every floor", contract,
                                365, 90, List.of(recent)),
                        new SecurityAsset("FIRE-01", AssetKind.FIRE_LIFE_SAFETY, "Detectors, sprinklers, seismic alert",
                                contract, 180, 30, List.of(recent)),
                        new SecurityAsset("WTMD-01", AssetKind.WALK_THROUGH_METAL_DETECTOR, "Visitor entrance",
                                contract, 365, 180, List.of(recent)),
                        new SecurityAsset("RAD-01", AssetKind.RADIO, "12 VHF handsets for wardens", contract, 365,
                                30, List.of(recent)))));
        Facility ifc = risk.facilities().create(officer, new FacilityDetails("IFC office, Cuauhtémoc", FacilityKind.OFFICE,
                "Paseo de la Reforma, Cuauhtémoc", DemoOffice.IFC_OFFICE, null, List.of(
                        new SecurityAsset("CCTV-01", AssetKind.CCTV, "8 cameras at the entrances", contract, 180, 90,
                                List.of(recent)),
                        new SecurityAsset("PKG-01", AssetKind.PACKAGE_SCREENING, "X-ray for the mail room", contract,
                                365, 60, List.of(recent)))));
        renovation(ifc, today);
        List<Residence> homes = people.residences().list(officer, new PageRequest(0, 3)).items();
        for (int i = 0; i < homes.size(); i++) {
            Residence home = homes.get(i);
            Facility f = risk.facilities().create(officer, new FacilityDetails("Residence, " + home.address()
                    .district(), FacilityKind.RESIDENCE, home.address().street() + ", " + home.address().district(),
                    home.location(), home.id().toString(), List.of()));
            List<ChecklistItem> answers = new ArrayList<>();
            for (int k = 0; k < ResidenceSurvey.STANDARD_CHECKLIST.size(); k++) {
                boolean ok = i == 0 || k != i + 2;
                answers.add(new ChecklistItem(ResidenceSurvey.STANDARD_CHECKLIST.get(k), ok, ok ? "" : "missing"));
            }
            risk.facilities().recordSurvey(officer, f.id(), f.version(), new ResidenceSurvey(
                    today.minus(Duration.ofDays(15 + i)), "Security associate", answers));
        }
    }

    private void approve(SecurityAssessment draft) {
        SecurityAssessment review = risk.assessments().submit(officer, draft.id(), draft.version());
        risk.assessments().approve(officer, review.id(), review.version());
    }

    private static Measure measure(String what, String owner, Instant due, MeasureStatus status) {
        return new Measure(what, owner, due, status);
    }

    private static AssessmentDetails mexicoCity(Instant today) {
        Instant soon = today.plus(Duration.ofDays(30));
        List<Risk> risks = List.of(
                new Risk(ThreatCategory.CRIME, "express kidnapping from street taxis and ride-hailing", Likelihood.LIKELY,
                        Impact.SEVERE, Treatment.CONTROL, List.of(
                                measure("Use only vetted radio-taxi firms and office vehicles at night",
                                        "Security associate", soon, MeasureStatus.IMPLEMENTED),
                                measure("Arrival briefing on kidnapping prevention for every visitor",
                                        "Country security officer", soon, MeasureStatus.IMPLEMENTED)),
                        Likelihood.UNLIKELY, Impact.SEVERE),
                new Risk(ThreatCategory.CRIME, "armed robbery on public transport and at ATMs", Likelihood.VERY_LIKELY,
                        Impact.MODERATE, Treatment.CONTROL, List.of(
                                measure("ATM use only inside bank branches or the office", "Security associate",
                                        soon, MeasureStatus.IMPLEMENTED)),
                        Likelihood.LIKELY, Impact.MINOR),
                new Risk(ThreatCategory.CIVIL_UNREST, "marches and blockades on Reforma, Insurgentes and the Zócalo",
                        Likelihood.VERY_LIKELY, Impact.MINOR, Treatment.CONTROL, List.of(
                                measure("Daily monitoring and SMS advisories of announced marches",
                                        "Security associate", soon, MeasureStatus.IN_PROGRESS)),
                        Likelihood.LIKELY, Impact.MINOR),
                new Risk(ThreatCategory.HAZARDS, "major earthquake (the city lies on a former lake bed)",
                        Likelihood.MODERATELY_LIKELY, Impact.CRITICAL, Treatment.CONTROL, List.of(
                                measure("Structural assessment of both office buildings", "Facilities manager",
                                        today.plus(Duration.ofDays(60)), MeasureStatus.IN_PROGRESS),
                                measure("Evacuation drills when the seismic alert sounds", "Wardens",
                                        today.plus(Duration.ofDays(45)), MeasureStatus.PLANNED)),
                        Likelihood.MODERATELY_LIKELY, Impact.SEVERE),
                new Risk(ThreatCategory.TERRORISM, "attack on a crowded venue", Likelihood.VERY_UNLIKELY,
                        Impact.SEVERE, Treatment.ACCEPT, List.of(), Likelihood.VERY_UNLIKELY, Impact.SEVERE),
                new Risk(ThreatCategory.ARMED_CONFLICT, "armed conflict affecting the capital", Likelihood.VERY_UNLIKELY,
                        Impact.CRITICAL, Treatment.ACCEPT, List.of(), Likelihood.VERY_UNLIKELY, Impact.CRITICAL));
        return new AssessmentDetails("Mexico City security risk assessment", MEXICO_CITY,
                today.minus(Duration.ofDays(30)), today.plus(Duration.ofDays(335)),
                "Crime is the dominant threat: express kidnapping and armed robbery. Frequent, mostly peaceful "
                        + "marches block main avenues. The city is exposed to major earthquakes.",
                risks, ProgrammeCriticality.PC2, 3, today.plus(Duration.ofDays(90)));
    }

    private static AssessmentDetails oaxaca(Instant today) {
        return new AssessmentDetails("Oaxaca field visits SRA", OAXACA, today.minus(Duration.ofDays(200)),
                today.plus(Duration.ofDays(165)), "Teachers' union protests and road blockades on federal highways.",
                List.of(new Risk(ThreatCategory.CIVIL_UNREST, "highway blockades stranding field teams",
                        Likelihood.LIKELY, Impact.MODERATE, Treatment.CONTROL, List.of(
                                measure("Check road status with the state police before every trip",
                                        "Security associate", today.minus(Duration.ofDays(150)),
                                        MeasureStatus.IMPLEMENTED),
                                measure("A satellite phone in every field team's vehicle", "Security associate",
                                        today.minus(Duration.ofDays(20)), MeasureStatus.IN_PROGRESS)),
                        Likelihood.MODERATELY_LIKELY, Impact.MODERATE)),
                ProgrammeCriticality.PC3, 3, today.minus(Duration.ofDays(10)));
    }
}
