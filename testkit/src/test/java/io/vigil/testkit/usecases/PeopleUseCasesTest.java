package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PersonnelEvent;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonView;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.wiring.AccessRegistry;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The personnel use cases over in-memory adapters: rules, need-to-know and the audit trail. */
class PeopleUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId NORTE = WardenZoneId.of("NORTE");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final PeoplePorts ports = new InMemoryPeopleStores().open();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InProcessEventBus events = new InProcessEventBus();
    private final PeopleUseCases people = PeopleServices.create(ports, new Kernel(clock, AccessRegistry.defaultPolicy(),
            CommandValidator.standard(), events, audit));
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);

    private static PersonDetails details(String given, PersonCategory category, PersonId sponsor) {
        return new PersonDetails(given, "Ortega", category, "IBRD", sponsor,
                List.of(new ContactChannel(ChannelKind.PHONE, "+52 55 1234 5678", "mobile")), List.of(),
                "asthma", BloodType.O_NEGATIVE);
    }

    private PersonView register(String given) {
        return people.persons().register(officer, details(given, PersonCategory.NATIONAL_STAFF, null));
    }

    private Residence home(PersonId occupant, WardenZoneId zone) {
        return people.residences().create(officer, new ResidenceDetails(occupant, List.of(),
                new Address("Calle 5", "Del Valle", "Ciudad de México", "MX"), GeoPoint.of(19.38, -99.16), zone,
                Instant.parse("2025-01-01T00:00:00Z"), null));
    }

    private List<AuditEntry> trail(PersonId person) {
        return audit.find(new AuditQuery(OFFICE, Optional.empty(), Optional.of(person)),
                new PageRequest(0, 100)).items();
    }

    @Test
    void a_dependent_needs_a_sponsor_and_the_refusal_names_the_field() {
        assertThatThrownBy(() -> people.persons().register(officer, details("Mateo", PersonCategory.DEPENDENT, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("sponsor")));
    }

    @Test
    void blank_names_are_refused_naming_each_field() {
        assertThatThrownBy(() -> people.persons().register(officer, new PersonDetails(" ", "", null, "IBRD", null,
                null, null, null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).contains("givenName", "familyName", "category"));
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        PersonView ana = register("Ana");
        PersonView renamed = people.persons().update(officer, ana.person().id(), ana.person().version(),
                details("Ana María", PersonCategory.NATIONAL_STAFF, null));
        assertThatThrownBy(() -> people.persons().update(officer, ana.person().id(), ana.person().version(),
                details("Stale", PersonCategory.NATIONAL_STAFF, null))).isInstanceOf(VersionConflictException.class);
        assertThat(people.persons().get(officer, ana.person().id()).person()).isEqualTo(renamed.person());
    }

    @Test
    void a_sponsor_cannot_be_removed_while_dependents_remain() {
        PersonView sponsor = register("Elena");
        people.persons().register(officer, details("Mateo", PersonCategory.DEPENDENT, sponsor.person().id()));
        assertThatThrownBy(() -> people.persons().remove(officer, sponsor.person().id(), sponsor.person().version()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("dependents");
        assertThat(people.persons().get(officer, sponsor.person().id())).isNotNull();
        assertThat(people.persons().dependents(officer, sponsor.person().id())).hasSize(1);
    }

    @Test
    void changes_are_published_as_events() {
        List<PersonnelEvent.PersonChanged> seen = new ArrayList<>();
        events.subscribe(PersonnelEvent.PersonChanged.class, seen::add);
        PersonView p = register("Iris");
        people.persons().update(officer, p.person().id(), p.person().version(),
                details("Iris", PersonCategory.CONSULTANT, null));
        assertThat(seen).hasSize(2).allMatch(e -> e.person().equals(p.person().id()));
    }

    @Test
    void a_manager_sees_the_profile_with_sensitive_classes_withheld() {
        PersonView p = register("Olga");
        PersonView seen = people.persons().get(Actor.of("manager", OFFICE, Role.MANAGER), p.person().id());
        assertThat(seen.person().contacts()).isEmpty();
        assertThat(seen.person().specialNeeds()).isEmpty();
        assertThat(seen.person().bloodType()).isEmpty();
        assertThat(seen.withheld()).contains(PeopleData.CONTACT, PeopleData.HEALTH);
    }

    @Test
    void staff_are_refused_another_persons_residence_and_the_denial_is_audited() {
        PersonView me = register("Lucía");
        PersonView other = register("Raúl");
        Residence theirs = home(other.person().id(), NORTE);
        Actor staff = Actor.staff("lucia", OFFICE, me.person().id());
        assertThatThrownBy(() -> people.residences().get(staff, theirs.id()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("their own records");
        assertThat(trail(other.person().id())).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("lucia");
            assertThat(e.granted()).isFalse();
            assertThat(e.dataClass()).isEqualTo(PeopleData.RESIDENCE);
        });
    }

    @Test
    void every_granted_residence_read_is_audited_with_its_basis() {
        PersonView p = register("Sara");
        Residence r = home(p.person().id(), NORTE);
        Actor warden = Actor.warden("warden", OFFICE, PersonId.random(), Set.of(NORTE));
        assertThat(people.residences().get(warden, r.id())).isEqualTo(r);
        assertThat(trail(p.person().id())).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("warden");
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.granted()).isTrue();
            assertThat(e.basis()).contains("warden of zone NORTE");
        });
        Actor elsewhere = Actor.warden("warden2", OFFICE, PersonId.random(), Set.of(WardenZoneId.of("SUR")));
        assertThatThrownBy(() -> people.residences().get(elsewhere, r.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_position_from_the_future_is_refused() {
        PersonView p = register("Tomás");
        Actor self = Actor.staff("tomas", OFFICE, p.person().id());
        people.positions().report(self, new PositionDetails(p.person().id(), GeoPoint.of(19.4, -99.1),
                clock.instant().minus(Duration.ofMinutes(5)), "app"));
        assertThatThrownBy(() -> people.positions().report(self, new PositionDetails(p.person().id(),
                GeoPoint.of(19.4, -99.1), clock.instant().plus(Duration.ofHours(1)), "app")))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(people.positions().lastKnown(self, p.person().id())).hasValueSatisfying(
                r -> assertThat(r.source()).isEqualTo("app"));
    }
}
