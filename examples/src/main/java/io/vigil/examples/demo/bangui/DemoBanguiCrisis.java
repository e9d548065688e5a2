package io.vigil.examples.demo.bangui;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.MeasureKind;
import io.vigil.crisis.domain.RouteKind;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.domain.TransportKind;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.PlanCheckDetails;
import io.vigil.crisis.port.in.PlanDetails;
import io.vigil.crisis.port.in.PlanDetails.CommunicationDetails;
import io.vigil.crisis.port.in.PlanDetails.MeasureDetails;
import io.vigil.crisis.port.in.PlanDetails.RoleDetails;
import io.vigil.crisis.port.in.PlanDetails.ScenarioDetails;
import io.vigil.crisis.port.in.PlanView;
import io.vigil.crisis.port.in.RelocationPlanDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.EvacuationRouteDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.RelocationAreaDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.RelocationPlaceDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.TransportOptionDetails;
import io.vigil.crisis.port.in.TeamDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Bangui office's crisis programme, seeded through the use cases when it has no plan: the
 * crisis management plan in French (armed clashes in the city, a staff member abducted on a road
 * out of it), approved and tested by a tabletop exercise two months ago; a crisis team with an
 * alternate for every seat; and the relocation arrangements for the city: two assembly points (the
 * office and a school in Boy-Rabe), the safe haven at the MINUSCA base by M'Poko airport, a primary
 * and an alternate route to it, and three vehicles; dependents first, national staff last.
 */
public final class DemoBanguiCrisis {
    /** The relocation area's code. */
    public static final String AREA = "BGF-BANGUI";
    /** The safe haven's name. */
    public static final String HAVEN = "Lieu sûr MINUSCA, M'Poko";

    private final CrisisUseCases crisis;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiCrisis(CrisisUseCases crisis, PeopleUseCases people) {
        this.crisis = crisis;
        this.people = people;
    }

    /** Seeds the plan, the team and the relocation arrangements unless the office has a plan. */
    public void seedIfEmpty(Instant now) {
        PlanView plan = crisis.plan().plan(officer, now);
        if (plan.plan().version() > 0) {
            return;
        }
        List<PersonId> staff = Page.all(page -> people.persons().list(officer, PersonListQuery.all(), page)).stream()
                .filter(p -> p.category().equals("NATIONAL_STAFF") || p.category().equals("INTERNATIONAL_STAFF"))
                .map(PersonView::personId).limit(2L * TeamRole.values().length).toList();
        if (staff.size() < 2 * TeamRole.values().length) {
            throw new IllegalStateException("the Bangui demo office has fewer than " + 2 * TeamRole.values().length
                    + " staff for its crisis team; start with an empty VIGIL_DATA_DIR");
        }
        plan = crisis.plan().draft(officer, 0, plan());
        plan = crisis.plan().approve(officer, plan.plan().version());
        crisis.plan().recordTest(officer, plan.plan().version(), new PlanCheckDetails(now.minus(Duration.ofDays(60)),
                "Exercice sur table : affrontements armés au PK5, relocalisation vers M'Poko"));
        List<TeamDetails.SeatDetails> seats = new ArrayList<>();
        TeamRole[] roles = TeamRole.values();
        for (int i = 0; i < roles.length; i++) {
            seats.add(new TeamDetails.SeatDetails(roles[i], staff.get(2 * i), List.of(staff.get(2 * i + 1))));
        }
        crisis.team().set(officer, 0, new TeamDetails(seats));
        relocation();
    }

    private void relocation() {
        GeoPoint office = DemoBanguiOffice.OFFICE_POINT;
        GeoPoint school = GeoPoint.of(4.4050, 18.5560);
        GeoPoint mpoko = GeoPoint.of(4.3985, 18.5190);
        RelocationAreaDetails city = new RelocationAreaDetails(AREA, "Bangui, les huit arrondissements",
                List.of(GeoPoint.of(4.32, 18.50), GeoPoint.of(4.32, 18.62), GeoPoint.of(4.43, 18.62),
                        GeoPoint.of(4.43, 18.50)), null,
                List.of(new RelocationPlaceDetails("Bureau de l'OIM (1er arrondissement)", office, 80,
                                List.of("Salle radio +236 70 00 00 10")),
                        new RelocationPlaceDetails("École de Boy-Rabe (4e arrondissement)", school, 60,
                                List.of("Warden de la zone Nord (voir la liste des wardens)"))),
                List.of(new RelocationPlaceDetails(HAVEN, mpoko, 120, List.of("Security officer +236 70 00 00 11",
                        "Centre d'opérations conjoint de la MINUSCA"))),
                List.of(new EvacuationRouteDetails("Avenue des Martyrs vers M'Poko", RouteKind.PRIMARY,
                                "Bureau de l'OIM (1er arrondissement)", HAVEN, List.of(office,
                                GeoPoint.of(4.3720, 18.5600), GeoPoint.of(4.3900, 18.5350), mpoko)),
                        new EvacuationRouteDetails("Route de Boy-Rabe vers M'Poko", RouteKind.ALTERNATE,
                                "École de Boy-Rabe (4e arrondissement)", HAVEN, List.of(school,
                                GeoPoint.of(4.4020, 18.5350), mpoko))),
                List.of(new TransportOptionDetails("Land Cruiser BGF-101-A", TransportKind.CAR, 7, "Parc du bureau"),
                        new TransportOptionDetails("Land Cruiser BGF-102-B", TransportKind.CAR, 7, "Parc du bureau"),
                        new TransportOptionDetails("Minibus contractuel", TransportKind.BUS, 25,
                                "Transports Oubangui (contrat 24 h/24)")));
        crisis.relocation().setPlan(officer, 0, new RelocationPlanDetails(List.of(city), List.of(
                EvacueeCategory.DEPENDENT, EvacueeCategory.MISSION_VISITOR, EvacueeCategory.CONSULTANT,
                EvacueeCategory.INTERNATIONAL_STAFF, EvacueeCategory.NATIONAL_STAFF)));
    }

    private static PlanDetails plan() {
        return new PlanDetails(List.of(
                new ScenarioDetails("Affrontements armés en ville", List.of("Tirs ou affrontements à moins de 2 km"
                        + " du bureau", "Barrages armés sur les axes du 3e et du 5e arrondissement"),
                        List.of("Confinement au bureau ou à domicile", "Appel radio de chaque warden à la salle radio",
                                "Dénombrement du personnel dans l'heure", "Regroupement puis relocalisation vers"
                                        + " M'Poko sur décision de l'équipe de crise"), TeamRole.SECURITY_FOCAL_POINT),
                new ScenarioDetails("Enlèvement", List.of("Un membre du personnel manque à l'appel radio d'un convoi",
                        "Enlèvement signalé sur une route hors de Bangui"),
                        List.of("Informer le siège et le security officer sans délai", "Constituer la cellule de"
                                + " crise ; une seule personne parle à la famille", "Aucun contact avec la presse"),
                        TeamRole.LEADER)),
                List.of(new RoleDetails(TeamRole.LEADER, "Décide et parle au nom du bureau"),
                        new RoleDetails(TeamRole.SECURITY_FOCAL_POINT,
                                "Conseille l'équipe, dirige les mesures de sécurité et le dénombrement")),
                List.of(new CommunicationDetails("Tout le personnel", "SMS, radio VHF et e-mail",
                                TeamRole.COMMUNICATIONS),
                        new CommunicationDetails("Familles du personnel", "Téléphone", TeamRole.HR)),
                List.of(new MeasureDetails(MeasureKind.RELOCATION, "Personnel non essentiel et personnes à charge"
                                + " vers le " + HAVEN),
                        new MeasureDetails(MeasureKind.EVACUATION, "Hors du pays vers Douala (Cameroun) par vol"
                                + " depuis Bangui M'Poko"),
                        new MeasureDetails(MeasureKind.OFFICE_CLOSURE, "Le bureau ferme"),
                        new MeasureDetails(MeasureKind.DEPENDENTS_STAY_HOME, "Les personnes à charge restent à la"
                                + " maison")));
    }
}
