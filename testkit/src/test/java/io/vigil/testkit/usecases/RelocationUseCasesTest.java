package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationKind;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.domain.RouteKind;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.domain.TransportKind;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.EvacueeStatusDetails;
import io.vigil.crisis.port.in.NoteDetails;
import io.vigil.crisis.port.in.RelocationDeclaration;
import io.vigil.crisis.port.in.RelocationPlanDetails;
import io.vigil.crisis.port.in.TeamDetails;
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
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Relocation over in-memory stores with the people context: an area drawn as a warden zone, the list
 * from the locator with a sponsor and their dependent, a declaration from an activation, need to
 * know and the audit trail naming the persons shown.
 */
class RelocationUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId ZONE = WardenZoneId.of("Z-COYO");
    private static final List<GeoPoint> SQUARE = List.of(GeoPoint.of(19.30, -99.20), GeoPoint.of(19.30, -99.10),
            GeoPoint.of(19.40, -99.10), GeoPoint.of(19.40, -99.20));

    private final MutableClock clock = MutableClock.at("2026-09-19T18:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final CrisisUseCases crisis = vigil.crisis();
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor soc = Actor.of("soc", OFFICE, Role.SOC_OPERATOR);

    private PersonId person(String given, PersonCategory category, PersonId sponsor) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Sur", category, "UNDP",
                sponsor, List.of(), List.of(), null, null)).personId();
    }

    private void home(PersonId occupant, List<PersonId> household) {
        vigil.people().residences().create(officer, new ResidenceDetails(occupant, household,
                new Address("Av. Universidad 1000", "Coyoacán", "Ciudad de México", "MX"), GeoPoint.of(19.35, -99.15),
                null, Instant.parse("2025-01-01T00:00:00Z"), null));
    }

    private void arrangements(int seats) {
        crisis.relocation().setPlan(officer, crisis.relocation().plan(officer).version(), new RelocationPlanDetails(
                List.of(new RelocationPlanDetails.RelocationAreaDetails("COYO", "Coyoacán", null, ZONE,
                        List.of(new RelocationPlanDetails.RelocationPlaceDetails("Plaza", GeoPoint.of(19.35, -99.16),
                                100, null)),
                        List.of(new RelocationPlanDetails.RelocationPlaceDetails("Haven", GeoPoint.of(19.43, -99.19),
                                50, null)),
                        List.of(new RelocationPlanDetails.EvacuationRouteDetails("North", RouteKind.PRIMARY, "Plaza",
                                "Haven", List.of(GeoPoint.of(19.35, -99.16), GeoPoint.of(19.43, -99.19)))),
                        List.of(new RelocationPlanDetails.TransportOptionDetails("Van", TransportKind.VAN, seats,
                                "fleet")))), null));
    }

    @Test
    void a_list_declared_from_an_activation_over_a_warden_zone_keeps_the_household_and_is_audited_by_name() {
        PersonId warden = person("Wendy", PersonCategory.NATIONAL_STAFF, null);
        vigil.people().zones().create(officer, new WardenZoneDetails(ZONE, "Coyoacán", SQUARE, warden, List.of()));
        PersonId sponsor = person("Sara", PersonCategory.INTERNATIONAL_STAFF, null);
        PersonId child = person("Hugo", PersonCategory.DEPENDENT, sponsor);
        home(sponsor, List.of(child));
        arrangements(2);
        assertThat(crisis.relocation().plan(officer).priority()).isEqualTo(RelocationPlan.DEFAULT_PRIORITY);
        List<PersonId> members = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            members.add(person("M" + i, PersonCategory.NATIONAL_STAFF, null));
        }
        crisis.team().set(officer, 0, new TeamDetails(List.of(new TeamDetails.SeatDetails(TeamRole.LEADER,
                members.get(0), List.of(members.get(1))))));
        Activation a = crisis.activations().activate(officer, new ActivationDetails("Earthquake", "M7.4", null));

        Relocation r = crisis.relocation().declare(soc, new RelocationDeclaration(RelocationKind.RELOCATION, "coyo",
                "haven", null, a.id().toString()));
        assertThat(r.persons()).containsExactlyInAnyOrder(sponsor, child);
        assertThat(r.evacuees()).allSatisfy(e -> assertThat(e.transport()).contains("Van"));
        assertThat(r.evacuee(child).orElseThrow().household()).isEqualTo(sponsor);
        assertThat(r.activation()).contains(a.id());
        assertThat(crisis.activations().get(officer, a.id()).log().get(1).text())
                .contains("RELOCATION declared for area COYO").contains("2 persons, 2 seats, 0 in the shortfall");

        List<AuditEntry> reads = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("soc"),
                Optional.of(child)), PageRequest.first(20)).items().stream()
                .filter(e -> e.dataClass() == CrisisData.RELOCATION_LIST && e.action() == AuditAction.READ).toList();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).persons()).containsExactlyInAnyOrder(sponsor, child);

        Actor parent = Actor.staff("sara", OFFICE, sponsor);
        assertThat(crisis.relocation().own(parent, r.id()).entries()).extracting(e -> e.person())
                .containsExactlyInAnyOrder(sponsor, child);
        Actor kid = Actor.staff("hugo", OFFICE, child);
        assertThat(crisis.relocation().own(kid, r.id()).entries()).extracting(e -> e.person()).containsExactly(child);
        assertThatThrownBy(() -> crisis.relocation().get(parent, r.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crisis.relocation().record(parent, r.id(), new EvacueeStatusDetails(child,
                EvacueeStatus.ARRIVED, null))).isInstanceOf(AccessDeniedException.class);
        Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
        assertThat(crisis.relocation().summary(manager, r.id()).counts().persons()).isEqualTo(2);
        assertThatThrownBy(() -> crisis.relocation().get(manager, r.id())).isInstanceOf(AccessDeniedException.class);

        crisis.activations().standDown(officer, a.id(), new NoteDetails("over"));
        assertThatThrownBy(() -> crisis.relocation().declare(soc, new RelocationDeclaration(RelocationKind.EVACUATION,
                "COYO", "Haven", null, a.id().toString()))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("stood down");
    }

    @Test
    void a_failed_declaration_or_state_leaves_what_was_stored_as_it_was() {
        PersonId sponsor = person("Sara", PersonCategory.INTERNATIONAL_STAFF, null);
        home(sponsor, List.of());
        crisis.relocation().setPlan(officer, 0, new RelocationPlanDetails(List.of(
                new RelocationPlanDetails.RelocationAreaDetails("SQ", "Square", SQUARE, null, null,
                        List.of(new RelocationPlanDetails.RelocationPlaceDetails("Haven", GeoPoint.of(19.43, -99.19),
                                50, null)), null, null)), null));
        Relocation r = crisis.relocation().declare(officer, new RelocationDeclaration(RelocationKind.EVACUATION, "SQ",
                "Haven", null, null));
        assertThat(r.shortfall()).as("no transport: everyone in the shortfall").hasSize(1);
        assertThatThrownBy(() -> crisis.relocation().record(soc, r.id(), new EvacueeStatusDetails(sponsor,
                EvacueeStatus.STAYS, " "))).hasMessageContaining("note");
        assertThat(crisis.relocation().get(officer, r.id())).isEqualTo(r);
        assertThat(crisis.relocation().list(officer, PageRequest.first(10)).total()).isEqualTo(1);
    }
}
