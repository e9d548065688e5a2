package io.vigil.examples.demo.crisis;

import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.MeasureKind;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.port.in.ContinuityDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.ExerciseDetails;
import io.vigil.crisis.port.in.PlanCheckDetails;
import io.vigil.crisis.port.in.PlanDetails;
import io.vigil.crisis.port.in.PlanView;
import io.vigil.crisis.port.in.ScheduleDetails;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's crisis programme, seeded through the use cases when it has no plan: the Mexico
 * City Crisis Management Plan (earthquake, civil unrest and kidnapping scenarios) in force, its last
 * test more than a year ago (so the test shows up overdue); a crisis team with an alternate for every
 * seat; drills every six months for fire (the last one eight months ago: overdue) and yearly for
 * earthquakes, the last earthquake drill with its times, findings and follow-up actions (one
 * overdue); and the continuity inputs of three critical functions, one with a gap.
 */
public final class DemoCrisis {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCrisis.class);

    private final CrisisUseCases crisis;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoCrisis(CrisisUseCases crisis, PeopleUseCases people) {
        this.crisis = crisis;
        this.people = people;
    }

    /** Seeds the plan, team, schedule, drills and continuity inputs unless the office has a plan. */
    public void seedIfEmpty(Instant now) {
        PlanView plan = crisis.plan().plan(officer, now);
        if (plan.plan().version() > 0) {
            return;
        }
        List<PersonId> staff = Page.all(page -> people.persons().list(officer, PersonListQuery.all(), page)).stream()
                .filter(p -> !p.category().equals("DEPENDENT")).map(PersonView::personId).limit(12).toList();
        if (staff.size() < 12) {
            LOG.warn("Demo crisis programme not seeded: the office has fewer than 12 staff");
            return;
        }
        plan = crisis.plan().draft(officer, 0, plan());
        plan = crisis.plan().approve(officer, plan.plan().version());
        crisis.plan().recordTest(officer, plan.plan().version(), new PlanCheckDetails(now.minus(Duration.ofDays(400)),
                "Tabletop exercise of the earthquake scenario with the country team"));
        List<TeamDetails.SeatDetails> seats = new ArrayList<>();
        TeamRole[] roles = TeamRole.values();
        for (int i = 0; i < roles.length; i++) {
            seats.add(new TeamDetails.SeatDetails(roles[i], staff.get(2 * i), List.of(staff.get(2 * i + 1))));
        }
        crisis.team().set(officer, 0, new TeamDetails(seats));
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate start = today.minusYears(3).withDayOfMonth(15);
        crisis.exercises().setSchedule(officer, 0, new ScheduleDetails(List.of(
                new ScheduleDetails.RuleDetails(ExerciseKind.FIRE, "FREQ=MONTHLY;INTERVAL=6", start),
                new ScheduleDetails.RuleDetails(ExerciseKind.EARTHQUAKE, "FREQ=YEARLY", start))));
        Instant day = now.truncatedTo(ChronoUnit.DAYS);
        crisis.exercises().create(officer, new ExerciseDetails(ExerciseKind.FIRE, "Fire drill, main office",
                day.minus(Duration.ofDays(240)).plus(Duration.ofHours(15)), staff, List.of(
                        new ExerciseDetails.MeasurementDetails("Building emptied", 230, 300)),
                List.of(), List.of()));
        crisis.exercises().create(officer, new ExerciseDetails(ExerciseKind.EARTHQUAKE,
                "Earthquake drill with the city's seismic alert", day.minus(Duration.ofDays(30)).plus(
                Duration.ofHours(11)), staff, List.of(
                        new ExerciseDetails.MeasurementDetails("Building emptied", 250, 300),
                        new ExerciseDetails.MeasurementDetails("Everyone accounted for at the assembly point", 780,
                                600)),
                List.of("The seismic alert was not heard on the fourth floor",
                        "Two wardens had no list of their floor's staff",
                        "The head count at the assembly point took thirteen minutes"),
                List.of(new ExerciseDetails.ActionDetails("Install a seismic alert speaker on the fourth floor",
                                staff.get(2), today.minusDays(10), null),
                        new ExerciseDetails.ActionDetails("Give every floor warden a printed staff list",
                                staff.get(10), today.plusDays(20), null))));
        crisis.continuity().set(officer, 0, new ContinuityDetails(List.of(
                new ContinuityDetails.FunctionDetails("Payroll and emergency cash", List.of("earthquake",
                        "civil unrest"), "Guadalajara sub-office", 2, 48, 72),
                new ContinuityDetails.FunctionDetails("Security communications (radio room)", List.of("earthquake",
                        "power cut"), "Safe haven at the residence compound", 2, 12, 4),
                new ContinuityDetails.FunctionDetails("Programme delivery to partners", List.of("civil unrest",
                        "kidnapping threat"), "Work from home", 5, 72, 168))));
        LOG.info("Seeded the demo crisis programme of {}", DemoOffice.OFFICE);
    }

    private static PlanDetails plan() {
        return new PlanDetails(List.of(
                new PlanDetails.ScenarioDetails("Earthquake", List.of("Seismic alert (SASMEX) for Mexico City",
                        "Earthquake of magnitude 6.5 or more felt in the city"),
                        List.of("Drop, cover, hold on; evacuate once the shaking stops", "Account for everyone at the"
                                + " assembly points", "Check the building before anyone goes back in",
                                "Report to headquarters within one hour"), TeamRole.SECURITY_FOCAL_POINT),
                new PlanDetails.ScenarioDetails("Civil unrest", List.of("Demonstrations turning violent within"
                        + " 1 km of the office", "Road blockades on the routes to the office"),
                        List.of("Close the office and work from home", "Dependents stay home",
                                "Suspend road missions in the affected areas"), TeamRole.LEADER),
                new PlanDetails.ScenarioDetails("Kidnapping", List.of("A staff member or dependent missing or"
                        + " reported abducted", "An express kidnapping reported"),
                        List.of("Inform headquarters and the security focal point at once", "Set up the crisis"
                                + " cell; one person speaks to the family", "No contact with the media"),
                        TeamRole.LEADER)),
                List.of(new PlanDetails.RoleDetails(TeamRole.LEADER, "Decides, speaks for the office"),
                        new PlanDetails.RoleDetails(TeamRole.SECURITY_FOCAL_POINT,
                                "Advises the team, runs the security measures and the roll-call")),
                List.of(new PlanDetails.CommunicationDetails("All personnel", "SMS and e-mail broadcast",
                                TeamRole.COMMUNICATIONS),
                        new PlanDetails.CommunicationDetails("Families of personnel", "Telephone", TeamRole.HR)),
                List.of(new PlanDetails.MeasureDetails(MeasureKind.EVACUATION, "Out of the country by air, via"
                                + " the capital's airport"),
                        new PlanDetails.MeasureDetails(MeasureKind.WORK_FROM_HOME, "Everyone works from home"),
                        new PlanDetails.MeasureDetails(MeasureKind.RELOCATION, "Non-essential personnel and"
                                + " dependents to Querétaro"),
                        new PlanDetails.MeasureDetails(MeasureKind.OFFICE_CLOSURE, "The office closes"),
                        new PlanDetails.MeasureDetails(MeasureKind.DEPENDENTS_STAY_HOME, "Dependents stay home")));
    }
}
