package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.AlertingRun;
import io.vigil.crisis.domain.DrillDue;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.MemberAnswer;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.AnswerDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.ExerciseDetails;
import io.vigil.crisis.port.in.NoteDetails;
import io.vigil.crisis.port.in.OverdueReport;
import io.vigil.crisis.port.in.PlanDetails;
import io.vigil.crisis.port.in.ScheduleDetails;
import io.vigil.crisis.port.in.SweepReport;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.crisis.port.in.TopicDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The crisis context's use cases over in-memory stores, with the people and alerting contexts they use. */
class CrisisUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-09-19T18:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final CrisisUseCases crisis = vigil.crisis();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final List<PersonId> staff = new ArrayList<>();

    private PersonId person(String given, String phone) {
        List<ContactChannel> contacts = phone == null ? List.of() : List.of(new ContactChannel(ChannelKind.PHONE,
                phone, "mobile"), new ContactChannel(ChannelKind.EMAIL, given.toLowerCase() + "@example.org", "work"));
        return vigil.people().persons().register(officer, new PersonDetails(given, "Staff",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, contacts, List.of(), null, null)).personId();
    }

    private void team() {
        for (int i = 0; i < 12; i++) {
            staff.add(person("P" + i, i == 11 ? null : "+52 55 1000 00" + (10 + i)));
        }
        List<TeamDetails.SeatDetails> seats = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            seats.add(new TeamDetails.SeatDetails(TeamRole.values()[i], staff.get(2 * i), List.of(staff.get(2 * i + 1))));
        }
        crisis.team().set(officer, 0, new TeamDetails(seats));
    }

    private void approvedPlan() {
        PlanDetails plan = new PlanDetails(List.of(new PlanDetails.ScenarioDetails("Earthquake",
                List.of("SASMEX alert"), List.of("evacuate"), TeamRole.SECURITY_FOCAL_POINT)), null, null, null);
        crisis.plan().approve(officer, crisis.plan().draft(associate, 0, plan).plan().version());
    }

    @Test
    void activating_tells_every_member_and_alternate_on_each_channel_and_tracks_their_answers() {
        team();
        Activation a = crisis.activations().activate(associate, new ActivationDetails("Earthquake",
                "M7.1 felt in the city", null));
        assertThat(a.members()).hasSize(12);
        assertThat(a.incident()).as("by hand (from an incident: IncidentCrisisLinksTest)").isEmpty();
        List<OutboundMessage> sent = vigil.gateway().sent(OFFICE);
        assertThat(sent).hasSize(22).allSatisfy(m -> assertThat(m.text()).contains("Earthquake")
                .contains("M7.1 felt in the city"));
        assertThat(sent.stream().map(OutboundMessage::channel).distinct()).containsExactlyInAnyOrder(Channel.SMS,
                Channel.EMAIL);
        assertThat(a.member(staff.get(11)).orElseThrow().messagesQueued()).as("no address: told on nothing").isZero();

        Actor leader = Actor.staff("p0", OFFICE, staff.get(0));
        Activation answered = crisis.activations().answer(leader, a.id(), new AnswerDetails(null,
                MemberAnswer.AVAILABLE));
        assertThat(answered.member(staff.get(0)).orElseThrow().answer()).contains(MemberAnswer.AVAILABLE);
        assertThat(answered.awaiting()).hasSize(11);
        assertThatThrownBy(() -> crisis.activations().answer(leader, a.id(), new AnswerDetails(staff.get(1),
                MemberAnswer.UNAVAILABLE))).as("a member answers for themself only")
                .isInstanceOf(AccessDeniedException.class);
        crisis.activations().answer(officer, a.id(), new AnswerDetails(staff.get(1), MemberAnswer.UNAVAILABLE));
        assertThat(crisis.activations().get(officer, a.id()).awaiting()).hasSize(10);
    }

    @Test
    void an_activation_follows_a_scenario_of_the_plan_in_force_and_needs_a_team() {
        assertThatThrownBy(() -> crisis.activations().activate(officer, new ActivationDetails("Earthquake", "felt",
                null))).isInstanceOf(RefusedException.class).hasMessageContaining("no crisis team");
        team();
        approvedPlan();
        assertThatThrownBy(() -> crisis.activations().activate(officer, new ActivationDetails("Flood", "rain",
                null))).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                .containsExactly(new FieldViolation("scenario", "must be a scenario of the plan in force (version 1):"
                        + " Earthquake")));
        assertThat(crisis.activations().list(officer, PageRequest.first(10)).total()).isZero();
        assertThat(crisis.activations().activate(officer, new ActivationDetails("earthquake", "felt", null))
                .scenario()).isEqualTo("Earthquake");
    }

    @Test
    void the_sweep_reminds_a_topic_owner_once_when_the_update_is_due() {
        team();
        Activation a = crisis.activations().activate(officer, new ActivationDetails("Earthquake", "felt", null));
        crisis.activations().addTopic(officer, a.id(), new TopicDetails("Casualties", staff.get(4), 60));
        int notices = vigil.gateway().sent(OFFICE).size();
        Actor soc = Actor.of("soc", OFFICE, Role.SOC_OPERATOR);
        clock.advance(Duration.ofMinutes(59));
        assertThat(crisis.activations().remindDue(soc).sent()).isZero();
        assertThat(vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("soc"), Optional.empty()),
                PageRequest.first(10)).items()).as("a sweep with nothing due leaves no trace").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(crisis.activations().remindDue(soc)).isEqualTo(new SweepReport(2, List.of()));
        clock.advance(Duration.ofMinutes(1));
        assertThat(crisis.activations().remindDue(soc).sent()).as("the same reminder goes once").isZero();
        List<OutboundMessage> reminders = vigil.gateway().sent(OFFICE).subList(notices, notices + 2);
        assertThat(reminders).allSatisfy(m -> {
            assertThat(m.recipient()).contains(staff.get(4));
            assertThat(m.text()).contains("Situation report due").contains("Casualties");
        });
        crisis.activations().updateTopic(officer, a.id(), 1, new NoteDetails("two injured, in hospital"));
        clock.advance(Duration.ofMinutes(29));
        assertThat(crisis.activations().remindDue(soc).sent()).isZero();
        crisis.activations().standDown(officer, a.id(), new NoteDetails("over"));
        clock.advance(Duration.ofHours(5));
        assertThat(crisis.activations().remindDue(soc).sent()).as("a stood-down team is not reminded").isZero();
    }

    @Test
    void a_team_naming_someone_outside_the_office_is_refused_naming_each_field_and_nothing_is_stored() {
        team();
        long version = crisis.team().team(officer).team().version();
        PersonId stranger = PersonId.random();
        assertThatThrownBy(() -> crisis.team().set(officer, version, new TeamDetails(List.of(
                new TeamDetails.SeatDetails(TeamRole.LEADER, stranger, List.of(staff.get(0), stranger)),
                new TeamDetails.SeatDetails(TeamRole.HR, staff.get(1), List.of()))))).isInstanceOfSatisfying(
                InvalidCommandException.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly("alternates"));
        assertThatThrownBy(() -> crisis.team().set(officer, version, new TeamDetails(List.of(
                new TeamDetails.SeatDetails(TeamRole.LEADER, stranger, List.of(staff.get(0))),
                new TeamDetails.SeatDetails(TeamRole.HR, staff.get(1), List.of(PersonId.random()))))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("seats[0].principal",
                                "seats[1].alternates[0]"));
        assertThat(crisis.team().team(officer).team().version()).isEqualTo(version);
        assertThat(crisis.team().team(officer).gaps()).isEmpty();
    }

    @Test
    void overdue_drills_and_actions_show_up_by_the_schedule() {
        team();
        crisis.exercises().setSchedule(officer, 0, new ScheduleDetails(List.of(
                new ScheduleDetails.RuleDetails(ExerciseKind.FIRE, "FREQ=MONTHLY;INTERVAL=6", LocalDate.of(2025, 1, 15)),
                new ScheduleDetails.RuleDetails(ExerciseKind.EARTHQUAKE, "FREQ=YEARLY", LocalDate.of(2025, 9, 19)))));
        crisis.exercises().create(associate, new ExerciseDetails(ExerciseKind.FIRE, "Fire drill",
                Instant.parse("2026-01-20T10:00:00Z"), staff, null, null, List.of(new ExerciseDetails.ActionDetails(
                        "Clear stairwell B", staff.get(3), LocalDate.of(2026, 2, 1), null))));
        Exercise quake = crisis.exercises().create(associate, new ExerciseDetails(ExerciseKind.EARTHQUAKE,
                "Earthquake drill", Instant.parse("2026-09-19T10:00:00Z"), staff, null, null, null));
        OverdueReport report = crisis.exercises().overdue(officer, clock.instant());
        assertThat(report.drills()).containsExactly(
                new DrillDue(ExerciseKind.FIRE, "FREQ=MONTHLY;INTERVAL=6", Optional.of(LocalDate.of(2026, 1, 20)),
                        Optional.of(LocalDate.of(2026, 7, 15)), true),
                new DrillDue(ExerciseKind.EARTHQUAKE, "FREQ=YEARLY", Optional.of(LocalDate.of(2026, 9, 19)),
                        Optional.of(LocalDate.of(2027, 9, 19)), false));
        assertThat(report.actions()).singleElement().satisfies(a -> assertThat(a.action().description())
                .isEqualTo("Clear stairwell B"));
        assertThat(quake.participants()).hasSize(12);
    }

    @Test
    void a_drill_runs_a_communication_test_of_the_alerting_context_and_keeps_its_score() {
        team();
        Exercise drill = crisis.exercises().create(officer, new ExerciseDetails(ExerciseKind.EVACUATION,
                "Evacuation drill", clock.instant(), List.of(), null, null, null));
        Exercise ran = crisis.exercises().runCommunicationTest(officer, drill.id(), new CommTestDetails(
                "Drill test", Set.of(Channel.SMS), null, 60, 90, 30, null));
        AlertingRun run = ran.alerting().orElseThrow();
        assertThat(run.kind()).isEqualTo(AlertingRun.Kind.COMMUNICATION_TEST);
        assertThatThrownBy(() -> crisis.exercises().runCommunicationTest(officer, drill.id(), new CommTestDetails(
                "Again", Set.of(Channel.SMS), null, 60, 90, 30, null))).isInstanceOf(RefusedException.class);
        clock.advance(Duration.ofMinutes(5));
        vigil.alerting().tests().checkIn(Actor.staff("p0", OFFICE, staff.get(0)),
                io.vigil.alerting.domain.CommTestId.of(run.run()), new CheckInDetails(staff.get(0),
                        io.vigil.alerting.domain.Answer.SAFE, Channel.SMS, null));
        AlertingRun.Score score = crisis.exercises().score(officer, drill.id()).alerting().orElseThrow().score()
                .orElseThrow();
        assertThat(score.audience()).isEqualTo(12);
        assertThat(score.reached()).isEqualTo(1);
        assertThat(crisis.exercises().get(officer, drill.id()).alerting().orElseThrow().score()).contains(score);
    }

    @Test
    void the_plan_is_approved_by_the_officer_alone_and_written_by_the_security_roles_each_denial_audited() {
        PlanDetails plan = new PlanDetails(List.of(new PlanDetails.ScenarioDetails("Earthquake",
                List.of("SASMEX alert"), List.of("evacuate"), TeamRole.LEADER)), null, null, null);
        Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
        assertThatThrownBy(() -> crisis.plan().draft(manager, 0, plan)).isInstanceOf(AccessDeniedException.class);
        long v = crisis.plan().draft(associate, 0, plan).plan().version();
        assertThatThrownBy(() -> crisis.plan().approve(associate, v)).isInstanceOf(AccessDeniedException.class);
        assertThat(crisis.plan().plan(Actor.staff("p", OFFICE, PersonId.random()), clock.instant()).plan()
                .draft()).as("every member of the office reads the plan").isPresent();
        assertThat(crisis.plan().approve(officer, v).plan().current()).isPresent();
        List<AuditEntry> denials = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.empty(),
                Optional.empty()), PageRequest.first(100)).items().stream().filter(e -> !e.granted()).toList();
        assertThat(denials).extracting(AuditEntry::actor).contains("manager", "associate");
    }
}
