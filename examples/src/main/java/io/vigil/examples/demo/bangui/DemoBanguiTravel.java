package io.vigil.examples.demo.bangui;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.domain.TransportMode;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.DecisionDetails;
import io.vigil.travel.port.in.LegDetails;
import io.vigil.travel.port.in.TravelPolicyDetails;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.in.TripPlaceDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Bangui office's travel clearances into its restricted areas, seeded through the use cases when
 * it has none (the travel settings take the office profile's zone): a PC1 convoy to the PK12
 * displacement site on the road out of the city, which needs a clearance and, at the SRA's very high
 * residual risk, the executive head's approval: escalated, then approved by the security officer on
 * the executive head's behalf; and a PC2 distribution at the PK5 market with an escort, by day, denied by the risk
 * check (at very high residual risk only PC1 proceeds).
 */
public final class DemoBanguiTravel {
    /** The purpose of the approved convoy to PK12. */
    public static final String PK12_CONVOY = "Enregistrement des déplacés au site du PK12";
    /** The purpose of the denied PK5 distribution. */
    public static final String PK5_DISTRIBUTION = "Distribution de kits au marché du PK5";
    private static final TripPlaceDetails OFFICE = new TripPlaceDetails("Bureau de l'OIM, Bangui",
            DemoBanguiOffice.OFFICE_POINT);
    private static final TripPlaceDetails PK12 = new TripPlaceDetails("Site de déplacés du PK12",
            GeoPoint.of(4.4550, 18.5200));
    private static final TripPlaceDetails PK5 = new TripPlaceDetails("Marché du PK5", GeoPoint.of(4.3780, 18.5480));

    private final TravelUseCases travel;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiTravel(TravelUseCases travel) {
        this.travel = travel;
    }

    /** Seeds the settings and the clearances of {@code staff} and {@code warden} unless the office has clearances. */
    public void seedIfEmpty(Instant now, PersonId staff, PersonId warden) {
        if (travel.clearances().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        long version = travel.policy().get(officer).version();
        travel.policy().set(officer, version, new TravelPolicyDetails(null, 30, 7));
        // 09:00 in Bangui (UTC+1), in daylight
        Instant morning = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(8));
        Instant out = morning.plus(Duration.ofDays(10));
        Instant back = out.plus(Duration.ofHours(6));
        Clearance convoy = travel.clearances().submit(officer, new ClearanceDetails(List.of(staff, warden),
                PK12_CONVOY, Criticality.PC1, List.of(
                        new LegDetails(TransportMode.ROAD, OFFICE, PK12, out, out.plus(Duration.ofMinutes(50)), null,
                                null, null),
                        new LegDetails(TransportMode.ROAD, PK12, OFFICE, back, back.plus(Duration.ofMinutes(50)), null,
                                null, null)), List.of(), "Convoi de deux véhicules, escorte MINUSCA au-delà du PK12"));
        Clearance escalated = travel.clearances().decide(officer, convoy.id(), convoy.version(), new DecisionDetails(
                ManualDecision.Action.ESCALATED, "Risque résiduel très élevé : décision du Directeur général adjoint",
                null));
        travel.clearances().decide(officer, escalated.id(), escalated.version(), new DecisionDetails(
                ManualDecision.Action.APPROVED, "Convoi de deux véhicules, retour avant 15:00, appels radio toutes"
                        + " les deux heures", "Directeur général adjoint (autorisation écrite)"));
        Instant market = morning.plus(Duration.ofDays(5)).plus(Duration.ofHours(1));
        travel.clearances().submit(officer, new ClearanceDetails(List.of(staff), PK5_DISTRIBUTION, Criticality.PC2,
                List.of(new LegDetails(TransportMode.ROAD, OFFICE, PK5, market, market.plus(Duration.ofMinutes(25)),
                        null, null, null)), List.of(), "Escorte de la gendarmerie"));
    }
}
