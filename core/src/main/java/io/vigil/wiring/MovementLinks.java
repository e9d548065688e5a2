package io.vigil.wiring;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.passage.RestrictedArea;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.movement.domain.ClearanceStanding;
import io.vigil.movement.domain.VenueStanding;
import io.vigil.movement.port.out.MovementPartners;
import io.vigil.movement.port.out.RouteAreas;
import io.vigil.movement.port.out.VisitClearances;
import io.vigil.movement.port.out.VisitVenues;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.domain.CheckOutcome;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.TransportMode;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.LegDetails;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.in.TripPlaceDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How the movement context reaches the risk and travel contexts, built by the composition root: the
 * restricted areas through the risk context's use case for the rules of passage and the venue
 * assessments through its venues use case, read as the movement rules'
 * own actor of the office (a security associate named {@value #RULES}), so a plan's decision never
 * depends on who asked (each read is audited under that name); the members' clearances through the
 * travel context's clearances use case.
 */
public final class MovementLinks {
    /** The subject the movement rules read other contexts as. */
    public static final String RULES = "movement-route-rules";

    private MovementLinks() {
    }

    /** Every port the movement context reads other contexts through. */
    public static MovementPartners partners(RiskUseCases risk, TravelUseCases travel) {
        return new MovementPartners(areas(risk), venues(risk), clearances(travel));
    }

    /** The office's venue assessments by id, through {@code risk.venues()}; one not found, or not the office's, is left out. */
    public static VisitVenues venues(RiskUseCases risk) {
        return (office, ids) -> {
            Map<UUID, VenueStanding> found = new HashMap<>();
            for (UUID id : ids) {
                try {
                    VenueAssessment v = risk.venues().get(rules(office), new VenueId(id));
                    if (v.office().equals(office)) {
                        found.put(id, new VenueStanding(id, v.name(), v.location(), v.validUntil()));
                    }
                } catch (NotFoundException | AccessDeniedException notTheOffices) {
                    // not an assessed venue of the office: readiness names it so
                }
            }
            return found;
        };
    }

    /**
     * The members' clearances through {@code travel.clearances()}: submitted as the actor who asks, a
     * road leg per leg of the visit's trip; read back as the rules' actor, a denied or revoked one
     * with the reasons of the checks that deny it.
     */
    public static VisitClearances clearances(TravelUseCases travel) {
        return new VisitClearances() {
            @Override
            public String request(Actor actor, PersonId member, VisitClearances.Trip trip) {
                List<LegDetails> legs = trip.legs().stream().map(l -> new LegDetails(TransportMode.ROAD,
                        new TripPlaceDetails(l.from(), l.fromPoint()), new TripPlaceDetails(l.to(), l.toPoint()),
                        l.departure(), l.arrival(), null, null, null)).toList();
                return travel.clearances().submit(actor, new ClearanceDetails(List.of(member), trip.purpose(),
                        Criticality.valueOf(trip.criticality()), legs, List.of(), null)).id().toString();
            }

            @Override
            public Map<String, ClearanceStanding> standing(OfficeId office, Set<String> ids) {
                Map<String, ClearanceStanding> found = new HashMap<>();
                for (String id : ids) {
                    try {
                        Clearance c = travel.clearances().get(rules(office), ClearanceId.of(id));
                        boolean denied = c.status() == ClearanceStatus.DENIED || c.status() == ClearanceStatus.REVOKED;
                        List<String> reasons = denied ? c.latest().checks().stream()
                                .filter(k -> k.outcome() == CheckOutcome.DENIED)
                                .flatMap(k -> k.reasons().stream()).toList() : List.of();
                        found.put(id, new ClearanceStanding(id, c.status().name(), denied, reasons));
                    } catch (NotFoundException | AccessDeniedException | InvalidValueException unknown) {
                        // unknown to the travel context: readiness names it so
                    }
                }
                return found;
            }
        };
    }

    /** The office's restricted areas with a rule of passage, through {@code risk.travel()}. */
    public static RouteAreas areas(RiskUseCases risk) {
        return office -> risk.travel().areaRules(rules(office)).stream()
                .map(a -> RestrictedArea.of(a.name(), a.outline(), a.rules(), a.reason(), a.validFrom(), a.validTo()))
                .flatMap(Optional::stream).toList();
    }

    private static Actor rules(OfficeId office) {
        return Actor.of(RULES, office, Role.SECURITY_ASSOCIATE);
    }
}
