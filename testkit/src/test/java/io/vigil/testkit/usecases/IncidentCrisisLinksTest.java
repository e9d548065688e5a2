package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.IncidentCrisisActivationDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.IncidentReportsUseCase;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An incident activates the crisis team and both keep each other's id; crisis checks the incident it is told of. */
class IncidentCrisisLinksTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-09-19T18:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final CrisisUseCases crisis = vigil.crisis();
    private final IncidentReportsUseCase reports = vigil.incident().reports();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final Actor soc = Actor.of("soc", OFFICE, Role.SOC_OPERATOR);

    private void team() {
        List<PersonId> staff = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            staff.add(vigil.people().persons().register(officer, new PersonDetails("P" + i, "Staff",
                    PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(new ContactChannel(ChannelKind.EMAIL,
                    "p" + i + "@example.org", "work")), List.of(), null, null)).personId());
        }
        crisis.team().set(officer, 0, new TeamDetails(List.of(new TeamDetails.SeatDetails(TeamRole.LEADER,
                staff.get(0), List.of(staff.get(1))))));
    }

    private IncidentReport robbery() {
        return reports.create(officer, new IncidentDetails("crime", "armed-robbery", "Armed robbery on Masaryk",
                "Two men on a motorbike.", clock.instant().minus(Duration.ofHours(1)), new PlaceDetails("Polanco",
                GeoPoint.of(19.4319, -99.1936), null), List.of(), List.of(), Severity.SERIOUS, "the staff member",
                Verification.CONFIRMED));
    }

    @Test
    void an_incident_activates_the_crisis_team_and_each_record_keeps_the_others_id() {
        team();
        IncidentReport report = robbery();
        IncidentReport linked = reports.activateCrisisTeam(associate, report.id(), report.version(),
                new IncidentCrisisActivationDetails("Kidnapping", "staff member held at gunpoint"));

        assertThat(linked.crisisActivation()).isPresent();
        assertThat(reports.get(officer, report.id()).crisisActivation()).isEqualTo(linked.crisisActivation());
        Activation activation = crisis.activations().get(officer, ActivationId.of(linked.crisisActivation().get()));
        assertThat(activation.incident()).contains(report.id().toString());
        assertThat(activation.trigger()).isEqualTo("staff member held at gunpoint");
        assertThat(activation.log().get(0).text()).isEqualTo("activated from incident " + report.id()
                + " (Armed robbery on Masaryk): staff member held at gunpoint");
        assertThat(activation.members()).hasSize(2);
        assertThat(vigil.gateway().sent(OFFICE)).as("both members told by e-mail").hasSize(2);

        assertThatThrownBy(() -> reports.activateCrisisTeam(associate, report.id(), linked.version(),
                new IncidentCrisisActivationDetails("Kidnapping", "again"))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("activated the crisis team already");
        assertThat(crisis.activations().list(officer, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void a_refusal_of_the_crisis_context_leaves_the_report_unlinked() {
        IncidentReport report = robbery();
        assertThatThrownBy(() -> reports.activateCrisisTeam(officer, report.id(), report.version(),
                new IncidentCrisisActivationDetails("Kidnapping", "held"))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no crisis team");
        IncidentReport after = reports.get(officer, report.id());
        assertThat(after.crisisActivation()).isEmpty();
        assertThat(after.version()).isEqualTo(report.version());
    }

    @Test
    void activating_by_hand_from_an_incident_needs_a_report_the_actor_reads() {
        team();
        IncidentReport report = robbery();
        assertThatThrownBy(() -> crisis.activations().activate(officer, new ActivationDetails("Kidnapping", "held",
                "INC-2026-0042"))).isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                .extracting(FieldViolation::field).containsExactly("incident"));
        assertThatThrownBy(() -> crisis.activations().activate(officer, new ActivationDetails("Kidnapping", "held",
                "00000000-0000-4000-8000-000000000001"))).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.violations()).containsExactly(new FieldViolation("incident",
                        "is not an incident report of office MX-MEX: 00000000-0000-4000-8000-000000000001")));
        Actor elsewhere = Actor.of("officer-gt", OfficeId.of("GT-GUA"), Role.SECURITY_OFFICER);
        assertThatThrownBy(() -> crisis.activations().activate(elsewhere, new ActivationDetails("Kidnapping", "held",
                report.id().toString()))).as("another office's report is not theirs to read")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(crisis.activations().list(officer, PageRequest.first(10)).total()).isZero();

        Activation activation = crisis.activations().activate(soc, new ActivationDetails("Kidnapping", "held",
                report.id().toString().toUpperCase(Locale.ROOT)));
        assertThat(activation.incident()).as("kept in canonical form").contains(report.id().toString());
        assertThat(reports.get(officer, report.id()).crisisActivation()).as("by hand: only the activation links")
                .isEmpty();
    }
}
