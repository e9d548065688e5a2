package io.vigil.testkit.review;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
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
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.CheckKind;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.Procurement;
import io.vigil.risk.domain.SecurityAsset;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
        at("2026-10-20T12:00:00Z");
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
