package io.vigil.testkit.review;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.in.CallDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.DrillReport;
import io.vigil.alerting.port.in.PhoneTreeDetails;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.port.in.ExerciseDetails;
import io.vigil.guard.domain.CheckItem;
import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.Evidence;
import io.vigil.guard.domain.EvidenceKind;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceLine;
import io.vigil.guard.domain.IssueType;
import io.vigil.guard.domain.MinimumWage;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.ProcurementRecord;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.Shift;
import io.vigil.guard.domain.ShiftWindow;
import io.vigil.guard.port.in.CertifyDetails;
import io.vigil.guard.port.in.ContractDetails;
import io.vigil.guard.port.in.InspectionDetails;
import io.vigil.guard.port.in.InvoiceDetails;
import io.vigil.guard.port.in.IssueDetails;
import io.vigil.guard.port.in.PerformanceReviewDetails;
import io.vigil.guard.port.in.PostDetails;
import io.vigil.guard.port.in.RosterDetails;
import io.vigil.guard.port.in.StandardsDetails;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.ArrivalDetails;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.risk.domain.AdviceDecision;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.ChecklistItem;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
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
import io.vigil.risk.port.in.AdviceDetails;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.ClosureDetails;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.PhaseDetails;
import io.vigil.risk.port.in.PremisesProjectDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small office with a known third quarter of 2026, for tests of the programme review: the figures
 * below are worked out by hand from what {@link #seed()} records.
 *
 * <ul>
 *   <li>incidents: one crime in June (the period before), a crime on 10 July, a crime on 15 August and
 *       a terrorism incident on 20 August in the quarter, and a crime of 28 September recorded only on
 *       10 October (after {@link #AS_OF}, so not counted): 3 in the quarter (crime 2, terrorism 1; July
 *       1, August 2, September 0), 1 before;</li>
 *   <li>communication: a test in June (outside), a test on 15 July that both persons answer in 10
 *       minutes (100 %, target met), a test on 10 September that one answers (50 %, target missed):
 *       2 tests, 1 met, mean 75 %;</li>
 *   <li>crisis: a fire drill on 5 August with 2 findings and 3 actions: one due 20 August done 18
 *       August, one due 1 September never done (overdue at {@link #AS_OF}, owned by Ana Ruiz), one due
 *       1 November (open, not yet due).</li>
 *   <li>training: two courses required of all, BSAFE (36 months) and FIRST-AID (12 months). Ana Ruiz
 *       (national staff) did BSAFE on 10 January 2023 (lapsed 10 January 2026: expired) and FIRST-AID on
 *       20 November 2025 (lapses 20 November 2026, 46 days after {@link #AS_OF}: expiring within the
 *       60-day warning); Ben Okafor (international staff) did BSAFE on 1 November 2024 (valid) and
 *       FIRST-AID only on 15 October 2026, after {@link #AS_OF} (missing as of it): 3 gaps, one of each
 *       state, 2 national staff, 1 international staff.</li>
 *   <li>telephone tree: Ana Ruiz calls Ben Okafor. A drill on 10 August (target 15 minutes) where Ben
 *       answers after 5 minutes (met, 2 of 2 reached); one on 20 September where Ben does not answer
 *       (missed, 1 of 2); one on 25 June (outside): 2 drills, 1 met, 1 missed, 3 of 4 members reached
 *       (75 %); no roll-call.</li>
 *   <li>equipment: the office's CCTV-1 (bought 1 January 2026, maintenance every 180 days, a test every
 *       30), tested on 20 July (passed) and 19 August (failed), never maintained, tested again only on
 *       10 October (after {@link #AS_OF}): 2 checks done, 1 failed; overdue at {@link #AS_OF} the
 *       maintenance (due 30 June) and the test (due 18 September).</li>
 *   <li>movements: one to Toluca departing 2 September 14:00 (call-ins every 30 minutes, 10 of grace)
 *       that calls in at 14:20 and misses the call-in due 14:50; the sweep at 15:01 opens the episode,
 *       which only the arrival recorded on 10 October (after {@link #AS_OF}) closes: 1 movement, 1
 *       call-in, 1 missed, 1 still overdue at {@link #AS_OF}.</li>
 *   <li>risk assessments: "Mexico City 2026" (PC2, approved 5 July, review due 30 September: overdue at
 *       {@link #AS_OF}) supersedes "Mexico City 2025" (approved 1 March); "Toluca" is approved only on
 *       10 October and "Guerrero" is a draft (2 not approved by {@link #AS_OF}). Mexico City 2026 rates
 *       three risks on the standard matrix: crime residual LIKELY × CRITICAL = VERY_HIGH (only PC1 may
 *       proceed: above acceptable for PC2), unrest LIKELY × SEVERE = HIGH (PC2 with the country
 *       representative's approval), hazards UNLIKELY × MINOR = LOW (proceed); its measures: crime's
 *       first implemented, its second planned for 15 September (overdue), unrest's in progress due
 *       1 December (planned), hazards' cancelled.</li>
 *   <li>residences: "Residence A" surveyed compliant on 1 May; "Residence B" compliant on 1 June, then
 *       failing the safe room on 15 August (non-compliant); "Residence C" never surveyed and "Residence D"
 *       surveyed only on 12 October (both a survey due at {@link #AS_OF}).</li>
 *   <li>premises: "Office refit" (design 1–31 July approved with 2 conditions on 25 July, condition 1
 *       closed 20 August, condition 2 only on 12 October; works 1 August–15 September never advised:
 *       overdue; handover to 31 October) is open; "Annex move" was signed off on 10 July: 1 open project,
 *       1 phase overdue, 1 condition open.</li>
 *   <li>guard force: contract MX-G-1 (MXN, a performance review every 60 days) with post GATE, weekdays
 *       07:00–15:00 at 100.00 MXN an hour. Issues recorded 15 June (outside) and 20 July; inspections on
 *       20 June (outside), 22 July (passed) and 25 August (uniform failed); a performance review made on
 *       10 August of June and July, taking up both issues, so the next was due 29 September (overdue on
 *       {@link #AS_OF}). Invoices: INV-0 submitted 15 June (outside); INV-1 for 3 August (8 h, 800.00,
 *       with its roster) submitted 4 August and certified 6 August; INV-2 for 4 August billing 900.00
 *       without a roster, submitted 5 August and refused 7 August; INV-3 submitted 25 September and
 *       INV-4 submitted 28 September, refused only on 12 October (both waiting at {@link #AS_OF}):
 *       4 submitted, 1 certified (800.00 MXN), 1 refused, 2 waiting.</li>
 *   <li>advisories: valid from 20 June (outside), 12 July (WARNING), 21 August (CRITICAL) and 5 September
 *       (INFO): 3 issued.</li>
 * </ul>
 */
public final class QuarterFixture {
    /** The office. */
    public static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    /** The quarter's start. */
    public static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    /** The quarter's end (exclusive). */
    public static final Instant TO = Instant.parse("2026-10-01T00:00:00Z");
    /** The instant the review is made as of. */
    public static final Instant AS_OF = Instant.parse("2026-10-05T00:00:00Z");
    /** The family name of the owner of the overdue action; it must not appear in a manager's review. */
    public static final String OWNER_NAME = "Ruiz";

    private final MutableClock clock = MutableClock.at("2026-06-01T08:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final List<IncidentReport> quarterIncidents = new ArrayList<>();
    private final List<CommunicationTest> quarterTests = new ArrayList<>();
    private PersonId ana;
    private PersonId ben;
    private Course bsafe;
    private Course firstAid;
    private Movement toluca;
    private Facility office;
    private final List<DrillReport> quarterDrills = new ArrayList<>();
    private final List<SecurityAssessment> assessments = new ArrayList<>();
    private final List<Facility> residences = new ArrayList<>();
    private final List<PremisesProject> projects = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Advisory> quarterAdvisories = new ArrayList<>();
    private final List<Inspection> inspections = new ArrayList<>();
    private final List<PerformanceIssue> issues = new ArrayList<>();
    private GuardContract contract;

    /** The office, seeded; the clock is left at 20 October 2026. */
    public static QuarterFixture seeded() {
        QuarterFixture f = new QuarterFixture();
        f.seed();
        return f;
    }

    /** The office's Vigil. */
    public InMemoryVigil vigil() {
        return vigil;
    }

    /** The clock. */
    public MutableClock clock() {
        return clock;
    }

    /** The three incidents of the quarter, in the order recorded. */
    public List<IncidentReport> quarterIncidents() {
        return List.copyOf(quarterIncidents);
    }

    /** The two tests of the quarter, in the order started. */
    public List<CommunicationTest> quarterTests() {
        return List.copyOf(quarterTests);
    }

    /** The person who owns the overdue action (Ana Ruiz). */
    public PersonId ana() {
        return ana;
    }

    /** The person who did BSAFE and holds no valid FIRST-AID as of {@link #AS_OF} (Ben Okafor). */
    public PersonId ben() {
        return ben;
    }

    /** The BSAFE course (required of all, 36 months). */
    public Course bsafe() {
        return bsafe;
    }

    /** The FIRST-AID course (required of all, 12 months). */
    public Course firstAid() {
        return firstAid;
    }

    /** The two telephone tree drills of the quarter, in the order started. */
    public List<DrillReport> quarterDrills() {
        return List.copyOf(quarterDrills);
    }

    /** The office building with its CCTV-1. */
    public Facility office() {
        return office;
    }

    /** The movement of the quarter (to Toluca, 2 September). */
    public Movement toluca() {
        return toluca;
    }

    /** Mexico City 2026, Mexico City 2025 (superseded), Toluca (approved after {@link #AS_OF}), Guerrero (draft). */
    public List<SecurityAssessment> assessments() {
        return List.copyOf(assessments);
    }

    /** Residences A (compliant), B (non-compliant), C (never surveyed), D (surveyed after {@link #AS_OF}). */
    public List<Facility> residences() {
        return List.copyOf(residences);
    }

    /** The office refit (open) and the annex move (signed off). */
    public List<PremisesProject> projects() {
        return List.copyOf(projects);
    }

    /** INV-0 (June), INV-1 (certified), INV-2 (refused), INV-3 and INV-4 (waiting at {@link #AS_OF}). */
    public List<Invoice> invoices() {
        return List.copyOf(invoices);
    }

    /** The guard contract. */
    public GuardContract contract() {
        return contract;
    }

    /** The inspections of 20 June, 22 July and 25 August. */
    public List<Inspection> inspections() {
        return List.copyOf(inspections);
    }

    /** The performance issues of 15 June and 20 July. */
    public List<PerformanceIssue> issues() {
        return List.copyOf(issues);
    }

    /** The advisories of the quarter: WARNING (12 July), CRITICAL (21 August), INFO (5 September). */
    public List<Advisory> quarterAdvisories() {
        return List.copyOf(quarterAdvisories);
    }

    private void seed() {
        ana = person("Ana", OWNER_NAME, "+52 55 1000 0001", PersonCategory.NATIONAL_STAFF);
        ben = person("Ben", "Okafor", "+52 55 1000 0002", PersonCategory.INTERNATIONAL_STAFF);
        bsafe = vigil.awareness().courses().create(officer, new CourseDetails("BSAFE", "BSAFE", Requirement.ALL, 36,
                List.of()));
        firstAid = vigil.awareness().courses().create(officer, new CourseDetails("FIRST-AID", "First aid",
                Requirement.ALL, 12, List.of()));
        completion(ana, bsafe, "2023-01-10T09:00:00Z");
        completion(ana, firstAid, "2025-11-20T09:00:00Z");
        completion(ben, bsafe, "2024-11-01T09:00:00Z");
        office = vigil.risk().facilities().create(officer, new FacilityDetails("Country office", FacilityKind.OFFICE,
                "Polanco", GeoPoint.of(19.4319, -99.1936), null, List.of(new SecurityAsset("CCTV-1", AssetKind.CCTV,
                "cameras", new Procurement("Cams SA", Instant.parse("2026-01-01T00:00:00Z"), "PO-1"), 180, 30,
                List.of()))));
        at("2026-06-10T10:00:00Z");
        CommunicationTest june = test("June test");
        answer(june, ana, 5);
        PhoneTree tree = vigil.alerting().phoneTrees().create(officer, new PhoneTreeDetails("Office tree", ana,
                List.of(new PhoneTree.Link(ana, ben, List.of()))));
        at("2026-06-20T12:00:00Z");
        incident("crime", "theft", "Phone snatched");
        at("2026-06-25T10:00:00Z");
        drill(tree, true);
        at("2026-07-10T12:00:00Z");
        quarterIncidents.add(incident("crime", "armed-robbery", "Armed robbery on Masaryk"));
        at("2026-07-15T10:00:00Z");
        CommunicationTest july = test("July test");
        answer(july, ana, 5);
        answer(july, ben, 10);
        quarterTests.add(july);
        at("2026-07-20T10:00:00Z");
        test(true);
        at("2026-08-05T12:00:00Z");
        vigil.crisis().exercises().create(officer, new ExerciseDetails(ExerciseKind.FIRE, "Fire drill",
                Instant.parse("2026-08-05T10:00:00Z"), List.of(ana, ben), null,
                List.of("Stairwell B blocked", "Alarm not heard on floor 3"), List.of(
                        new ExerciseDetails.ActionDetails("Clear stairwell B", ben, LocalDate.of(2026, 8, 20),
                                LocalDate.of(2026, 8, 18)),
                        new ExerciseDetails.ActionDetails("Add a sounder on floor 3", ana, LocalDate.of(2026, 9, 1),
                                null),
                        new ExerciseDetails.ActionDetails("Brief new wardens", ben, LocalDate.of(2026, 11, 1), null))));
        at("2026-08-10T10:00:00Z");
        quarterDrills.add(drill(tree, true));
        at("2026-08-15T12:00:00Z");
        quarterIncidents.add(incident("crime", "carjacking", "Carjacking on Periferico"));
        at("2026-08-19T10:00:00Z");
        test(false);
        at("2026-08-20T12:00:00Z");
        quarterIncidents.add(incident("terrorism", "bombing", "Device found near the market"));
        at("2026-09-01T12:00:00Z");
        Actor radioRoom = Actor.of("vigil-escalation-sweep", OFFICE, Role.SOC_OPERATOR);
        Instant departure = Instant.parse("2026-09-02T14:00:00Z");
        toluca = vigil.movement().movements().create(officer, new MovementDetails("Field trip to Toluca", List.of(
                GeoPoint.of(19.43, -99.13), GeoPoint.of(19.29, -99.65)), List.of(vehicle("ABC-001"), vehicle("ABC-002")),
                List.of(), null, null, departure, departure.plus(Duration.ofHours(6)), List.of(ana, ben), 30, 10));
        at("2026-09-02T14:20:00Z");
        vigil.movement().movements().callIn(radioRoom, toluca.id(), new CallInDetails("Driver on radio", null, null,
                null));
        at("2026-09-02T15:01:00Z");
        vigil.movement().movements().escalateAll(radioRoom);
        at("2026-09-10T10:00:00Z");
        CommunicationTest september = test("September test");
        answer(september, ben, 20);
        quarterTests.add(september);
        at("2026-09-20T10:00:00Z");
        quarterDrills.add(drill(tree, false));
        at("2026-10-10T12:00:00Z");
        test(true);
        vigil.movement().movements().arrive(officer, toluca.id(), new ArrivalDetails(null));
        vigil.incident().reports().create(officer, new IncidentDetails("crime", "theft", "Laptop stolen (reported late)",
                null, Instant.parse("2026-09-28T12:00:00Z"), place(), List.of(), List.of(), Severity.MINOR,
                "the staff member", Verification.CONFIRMED));
        at("2026-10-15T12:00:00Z");
        completion(ben, firstAid, "2026-10-15T09:00:00Z");
        risk();
        guardForce();
        advisories();
        at("2026-10-20T12:00:00Z");
    }

    /** The assessments, residences and premises projects, on their own timeline (the clock is set back). */
    private void risk() {
        at("2026-02-20T10:00:00Z");
        SecurityAssessment old = assessment("Mexico City 2025", List.of(risk(ThreatCategory.CRIME, "Street crime",
                Likelihood.LIKELY, Impact.MODERATE, List.of())), "2026-08-01T00:00:00Z");
        SecurityAssessment toluca = assessment("Toluca", List.of(risk(ThreatCategory.CRIME, "Highway robbery",
                Likelihood.UNLIKELY, Impact.MINOR, List.of())), "2026-10-02T00:00:00Z");
        SecurityAssessment guerrero = assessment("Guerrero", List.of(), "2027-01-01T00:00:00Z");
        at("2026-03-01T10:00:00Z");
        old = approve(old);
        at("2026-06-20T10:00:00Z");
        SecurityAssessment current = assessment("Mexico City 2026", List.of(
                risk(ThreatCategory.CRIME, "Armed robbery of staff vehicles", Likelihood.LIKELY, Impact.CRITICAL,
                        List.of(measure("Armoured vehicles for field trips", MeasureStatus.IMPLEMENTED, "2026-06-01"),
                                measure("Convoy procedure for night travel", MeasureStatus.PLANNED, "2026-09-15"))),
                risk(ThreatCategory.CIVIL_UNREST, "Demonstrations blocking the office", Likelihood.LIKELY,
                        Impact.SEVERE, List.of(measure("Alternate work site", MeasureStatus.IN_PROGRESS,
                                "2026-12-01"))),
                risk(ThreatCategory.HAZARDS, "Earthquake damage", Likelihood.UNLIKELY, Impact.MINOR,
                        List.of(measure("Relocate the server room", MeasureStatus.CANCELLED, "2026-08-01")))),
                "2026-09-30T00:00:00Z");
        at("2026-07-05T10:00:00Z");
        current = approve(current);
        old = vigil.risk().assessments().supersede(officer, old.id(), old.version());
        at("2026-10-10T10:00:00Z");
        toluca = approve(toluca);
        assessments.addAll(List.of(current, old, toluca, guerrero));

        at("2026-04-01T10:00:00Z");
        Facility a = residence("Residence A");
        Facility b = residence("Residence B");
        Facility c = residence("Residence C");
        Facility d = residence("Residence D");
        at("2026-05-01T10:00:00Z");
        a = survey(a, true);
        at("2026-06-01T10:00:00Z");
        b = survey(b, true);
        at("2026-08-15T10:00:00Z");
        b = survey(b, false);
        at("2026-10-12T10:00:00Z");
        d = survey(d, true);
        residences.addAll(List.of(a, b, c, d));

        at("2026-06-10T10:00:00Z");
        PremisesProject annex = vigil.risk().premises().create(officer, new PremisesProjectDetails("Annex move",
                ProjectKind.MOVE, office.id(), List.of(new PhaseDetails("move", LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-30"))), null, null));
        PremisesProject refit = vigil.risk().premises().create(officer, new PremisesProjectDetails("Office refit",
                ProjectKind.RENOVATION, office.id(), List.of(
                new PhaseDetails("design", LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-31")),
                new PhaseDetails("works", LocalDate.parse("2026-08-01"), LocalDate.parse("2026-09-15")),
                new PhaseDetails("handover", LocalDate.parse("2026-09-16"), LocalDate.parse("2026-10-31"))), null,
                null));
        at("2026-06-25T10:00:00Z");
        annex = vigil.risk().premises().advise(officer, annex.id(), annex.version(), new AdviceDetails("move",
                AdviceDecision.APPROVE, List.of("the annex meets the checklist"), null));
        at("2026-07-10T10:00:00Z");
        annex = vigil.risk().premises().signOff(officer, annex.id(), annex.version());
        at("2026-07-25T10:00:00Z");
        refit = vigil.risk().premises().advise(officer, refit.id(), refit.version(), new AdviceDetails("design",
                AdviceDecision.APPROVE_WITH_CONDITIONS, List.of("the design keeps the safe room"), List.of(
                "Laminated glazing on the ground floor", "A second evacuation route from floor 3")));
        at("2026-08-20T10:00:00Z");
        refit = vigil.risk().premises().closeCondition(officer, refit.id(), refit.version(), 1,
                new ClosureDetails("glazing certificate GL-22"));
        at("2026-10-12T10:00:00Z");
        refit = vigil.risk().premises().closeCondition(officer, refit.id(), refit.version(), 2,
                new ClosureDetails("route marked, photo EV-3"));
        projects.addAll(List.of(refit, annex));
    }

    private SecurityAssessment assessment(String title, List<Risk> risks, String reviewDue) {
        return vigil.risk().assessments().create(officer, new AssessmentDetails(title, List.of(
                GeoPoint.of(19.3, -99.3), GeoPoint.of(19.3, -99.0), GeoPoint.of(19.6, -99.0)),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), null, risks,
                ProgrammeCriticality.PC2, null, Instant.parse(reviewDue)));
    }

    private SecurityAssessment approve(SecurityAssessment a) {
        SecurityAssessment submitted = vigil.risk().assessments().submit(officer, a.id(), a.version());
        return vigil.risk().assessments().approve(officer, a.id(), submitted.version());
    }

    private static Risk risk(ThreatCategory category, String threat, Likelihood likelihood, Impact impact,
                             List<Measure> measures) {
        return new Risk(category, threat, likelihood, impact, measures.isEmpty() ? Treatment.ACCEPT : Treatment.CONTROL,
                measures, likelihood, impact);
    }

    private static Measure measure(String description, MeasureStatus status, String due) {
        return new Measure(description, "the security associate", Instant.parse(due + "T00:00:00Z"), status);
    }

    private Facility residence(String name) {
        return vigil.risk().facilities().create(officer, new FacilityDetails(name, FacilityKind.RESIDENCE,
                "Lomas, " + name, GeoPoint.of(19.42, -99.21), null, List.of()));
    }

    private Facility survey(Facility f, boolean safeRoom) {
        return vigil.risk().facilities().recordSurvey(officer, f.id(), f.version(), new ResidenceSurvey(clock.instant(),
                "the security associate", List.of(new ChecklistItem("Solid entrance doors", true, null),
                new ChecklistItem("A safe room that locks from inside", safeRoom, safeRoom ? null : "no lock"))));
    }

    /** The guard contract, its issues, inspections, review and invoices, on their own timeline. */
    private void guardForce() {
        at("2026-01-05T10:00:00Z");
        vigil.guard().standards().create(officer, new StandardsDetails("MX", "Ley Federal del Trabajo", null, null,
                null, null, null, null, null, null, null, null, List.of(new MinimumWage(LocalDate.parse("2026-01-01"),
                new BigDecimal("315.04"), Currency.getInstance("MXN"), "general")), List.of()));
        contract = vigil.guard().contracts().create(officer, new ContractDetails("MX-G-1", "Guardias SA", "vendor@guardias",
                new ProcurementRecord("request for quotations", 3, "lowest cost", "Guardias SA",
                        LocalDate.parse("2025-12-01")), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                List.of(), "MXN", null, "MX", List.of(new PostDetails("GATE", "Main gate", office.id().value(),
                List.of(new ShiftWindow(List.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                        LocalTime.of(7, 0), LocalTime.of(15, 0))), 1, false, List.of(), new BigDecimal("100.00"), null)),
                List.of(), null, null, 60));
        at("2026-06-15T10:00:00Z");
        issues.add(issue("2026-06-14"));
        invoices.add(vigil.guard().invoices().create(officer, invoice("INV-0", "2026-06-01", "800.00", null)));
        at("2026-06-20T10:00:00Z");
        inspections.add(inspection(LocalDateTime.parse("2026-06-20T09:00"), true));
        at("2026-07-20T10:00:00Z");
        issues.add(issue("2026-07-19"));
        at("2026-07-22T10:00:00Z");
        inspections.add(inspection(LocalDateTime.parse("2026-07-22T09:00"), true));
        at("2026-08-04T10:00:00Z");
        Roster roster = vigil.guard().rosters().create(officer, new RosterDetails(contract.id().value(),
                LocalDate.parse("2026-08-03"), LocalDate.parse("2026-08-03"), List.of(new io.vigil.guard.domain.Guard(
                "G-1", "Luis Perez", List.of())), List.of(new Shift("G-1", "GATE",
                LocalDateTime.parse("2026-08-03T07:00"), LocalDateTime.parse("2026-08-03T15:00")))));
        Invoice matching = vigil.guard().invoices().create(officer, invoice("INV-1", "2026-08-03", "800.00",
                roster.id().value()));
        at("2026-08-05T10:00:00Z");
        Invoice overbilled = vigil.guard().invoices().create(officer, invoice("INV-2", "2026-08-04", "900.00", null));
        at("2026-08-06T10:00:00Z");
        matching = vigil.guard().invoices().certify(officer, matching.id(), matching.version(),
                new CertifyDetails(List.of())).invoice();
        at("2026-08-07T10:00:00Z");
        overbilled = vigil.guard().invoices().certify(officer, overbilled.id(), overbilled.version(),
                new CertifyDetails(List.of())).invoice();
        at("2026-08-10T10:00:00Z");
        vigil.guard().reviews().create(officer, new PerformanceReviewDetails(contract.id().value(),
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-07-31"), null, null));
        at("2026-08-25T10:00:00Z");
        inspections.add(inspection(LocalDateTime.parse("2026-08-25T09:00"), false));
        at("2026-09-25T10:00:00Z");
        Invoice waiting = vigil.guard().invoices().create(officer, invoice("INV-3", "2026-09-01", "800.00", null));
        at("2026-09-28T10:00:00Z");
        Invoice late = vigil.guard().invoices().create(officer, invoice("INV-4", "2026-09-02", "800.00", null));
        at("2026-10-12T10:00:00Z");
        late = vigil.guard().invoices().certify(officer, late.id(), late.version(), new CertifyDetails(List.of()))
                .invoice();
        invoices.addAll(List.of(matching, overbilled, waiting, late));
    }

    private PerformanceIssue issue(String day) {
        return vigil.guard().issues().create(officer, new IssueDetails(contract.id().value(), IssueType.IMPROPER_UNIFORM,
                "GATE", LocalDate.parse(day), BigDecimal.ZERO, "G-1", new Evidence(EvidenceKind.REPORT, "report " + day),
                "guard without the vendor's jacket"));
    }

    private Inspection inspection(LocalDateTime at, boolean uniform) {
        return vigil.guard().inspections().create(officer, new InspectionDetails(contract.id().value(),
                office.id().value(), at, "the security associate", List.of(
                new ChecklistResult(CheckItem.POST_MANNED, true, java.util.Optional.empty()),
                new ChecklistResult(CheckItem.UNIFORM, uniform, java.util.Optional.empty())), List.of(), List.of()));
    }

    private InvoiceDetails invoice(String number, String day, String amount, java.util.UUID roster) {
        return new InvoiceDetails(contract.id().value(), number, LocalDate.parse(day), LocalDate.parse(day),
                List.of(new InvoiceLine("GATE", new BigDecimal("8"), new BigDecimal(amount))), roster);
    }

    /** The advisories, issued on their own timeline. */
    private void advisories() {
        advisory("2026-06-20T10:00:00Z", "Road works on Reforma", io.vigil.alerting.domain.Severity.CAUTION);
        quarterAdvisories.add(advisory("2026-07-12T10:00:00Z", "March on Sunday",
                io.vigil.alerting.domain.Severity.WARNING));
        quarterAdvisories.add(advisory("2026-08-21T10:00:00Z", "Avoid the market district",
                io.vigil.alerting.domain.Severity.CRITICAL));
        quarterAdvisories.add(advisory("2026-09-05T10:00:00Z", "Holiday office hours",
                io.vigil.alerting.domain.Severity.INFO));
    }

    private Advisory advisory(String from, String title, io.vigil.alerting.domain.Severity severity) {
        at(from);
        return vigil.alerting().advisories().issue(officer, new AdvisoryDetails(title, title + ".", severity,
                Audience.everyone(), Set.of(Channel.EMAIL), clock.instant(), clock.instant().plus(Duration.ofDays(3))));
    }

    private DrillReport drill(PhoneTree tree, boolean answered) {
        DrillReport d = vigil.alerting().phoneTrees().startDrill(officer, tree.id(), 15);
        clock.set(d.drill().startedAt().plus(Duration.ofMinutes(5)));
        vigil.alerting().phoneTrees().recordCall(officer, tree.id(), d.drill().id(), new CallDetails(ana, ben, null,
                answered));
        return vigil.alerting().phoneTrees().endDrill(officer, tree.id(), d.drill().id());
    }

    private void test(boolean passed) {
        office = vigil.risk().facilities().recordCheck(officer, office.id(), office.version(), "CCTV-1",
                new CheckResult(CheckKind.TEST, clock.instant(), passed, passed ? "all cameras recording" : "camera 3 dark"));
    }

    private VehicleId vehicle(String plate) {
        return vigil.movement().vehicles().create(officer, new VehicleDetails(plate, "Land Cruiser", true,
                LocalDate.parse("2027-06-01"), LocalDate.parse("2027-01-01"), List.of("first-aid kit"))).id();
    }

    private void completion(PersonId who, Course course, String completedAt) {
        vigil.awareness().completions().create(officer, new CompletionDetails(who, course.id(),
                Instant.parse(completedAt), null));
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private PersonId person(String given, String family, String phone, PersonCategory category) {
        return vigil.people().persons().register(officer, new PersonDetails(given, family, category, "UNDP", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                "mobile")), List.of(), null, null)).personId();
    }

    private CommunicationTest test(String title) {
        return vigil.alerting().tests().start(officer, new CommTestDetails(title, Set.of(Channel.SMS), null, 120, 90,
                60, null));
    }

    private void answer(CommunicationTest t, PersonId who, long minutes) {
        Instant back = clock.instant();
        clock.set(t.startedAt().plus(Duration.ofMinutes(minutes)));
        vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(who, Answer.SAFE, Channel.SMS, null));
        clock.set(back);
    }

    private IncidentReport incident(String category, String subtype, String title) {
        return vigil.incident().reports().create(officer, new IncidentDetails(category, subtype, title, null,
                clock.instant().minus(Duration.ofHours(1)), place(), List.of(), List.of(), Severity.MODERATE,
                "the staff member", Verification.CONFIRMED));
    }

    private static PlaceDetails place() {
        return new PlaceDetails("Polanco", GeoPoint.of(19.4319, -99.1936), null);
    }
}
