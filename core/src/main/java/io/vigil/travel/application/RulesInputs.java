package io.vigil.travel.application;

import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.awareness.port.in.TrainingForTravelUseCase;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.passage.RestrictedArea;
import io.vigil.risk.port.in.RiskForTravelUseCase;
import io.vigil.travel.domain.Acceptance;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.ApprovalLevel;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.ClearanceInputs;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.HeldCourse;
import io.vigil.travel.domain.Leg;
import io.vigil.travel.domain.Outline;
import io.vigil.travel.domain.RequiredCourse;
import io.vigil.travel.domain.RiskCover;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.domain.Trip;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.port.out.TravelPorts;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the clearance rules need from the travel stores and, through their use cases, from risk
 * (areas, approved assessments) and awareness (required courses, travellers' completions). Those
 * reads are made as the rules' own actor of the office, a security associate named
 * {@value #SUBJECT}, so a decision never depends on who asked; each is audited under that name.
 */
final class RulesInputs {
    static final String SUBJECT = "travel-clearance-rules";

    private final TravelPorts ports;
    private final ManageOfficesUseCase offices;
    private final RiskForTravelUseCase risk;
    private final TrainingForTravelUseCase training;

    RulesInputs(TravelPorts ports, ManageOfficesUseCase offices, RiskForTravelUseCase risk,
                TrainingForTravelUseCase training) {
        this.offices = offices;
        this.ports = ports;
        this.risk = risk;
        this.training = training;
    }

    /** The rules' actor in an office. */
    static Actor actor(OfficeId office) {
        return Actor.of(SUBJECT, office, Role.SECURITY_ASSOCIATE);
    }

    /** What the office's trips share: its areas, assessments, operators, settings and the flights already booked. */
    Office office(OfficeId office, Instant at) {
        Actor rules = actor(office);
        List<RestrictedArea> areas = risk.areaRules(rules).stream().map(RulesInputs::area).flatMap(Optional::stream).toList();
        List<RiskCover> covers = risk.approvedCovers(rules).stream().map(RulesInputs::cover).toList();
        List<AirOperator> operators = Page.all(page -> ports.operators().list(office, page));
        TravelPolicy policy = TravelPolicyService.current(ports.policies(), offices, office);
        List<Clearance> live = ports.clearances().endingAfter(office, at).stream().filter(Clearance::redecidable)
                .toList();
        return new Office(office, areas, covers, operators, policy, live);
    }

    private static Optional<RestrictedArea> area(RiskForTravelUseCase.AreaRules a) {
        return RestrictedArea.of(a.name(), a.outline(), a.rules(), a.reason(), a.validFrom(), a.validTo());
    }

    private static RiskCover cover(RiskForTravelUseCase.ApprovedCover c) {
        Map<Criticality, Acceptance> answers = new EnumMap<>(Criticality.class);
        for (RiskForTravelUseCase.CriticalityAnswer a : c.answers()) {
            answers.put(Criticality.valueOf(a.criticality()), new Acceptance(Acceptance.Kind.valueOf(a.decision()),
                    a.approval().map(ApprovalLevel::valueOf), a.reasons()));
        }
        return new RiskCover(c.title(), new Outline(c.title(), c.area()), c.validFrom(), c.validTo(), c.approvedAt(),
                answers);
    }

    /** What the office's trips share, read once for a submission or a re-decision of the office. */
    final class Office {
        private final OfficeId id;
        private final List<RestrictedArea> areas;
        private final List<RiskCover> covers;
        private final List<AirOperator> operators;
        private final TravelPolicy policy;
        private final List<Clearance> live;

        Office(OfficeId id, List<RestrictedArea> areas, List<RiskCover> covers, List<AirOperator> operators,
               TravelPolicy policy, List<Clearance> live) {
            this.id = id;
            this.areas = areas;
            this.covers = covers;
            this.operators = operators;
            this.policy = policy;
            this.live = live;
        }

        /** The office's clearances the rules still decide, whose trip has not ended. */
        List<Clearance> live() {
            return live;
        }

        TravelPolicy policy() {
            return policy;
        }

        /** The inputs for one trip; {@code self} is the clearance itself, whose travellers are not counted twice. */
        ClearanceInputs forTrip(Trip trip, Optional<ClearanceId> self) {
            TrainingForTravelUseCase.TravelTraining t = training.training(actor(id), trip.travellers());
            List<RequiredCourse> courses = t.courses().stream().map(c -> new RequiredCourse(c.code(), c.forAll(),
                    c.areas().stream().map(a -> new Outline(a.name(), a.vertices())).toList())).toList();
            List<HeldCourse> held = t.held().stream().map(h -> new HeldCourse(h.person(), h.code(), h.completedAt(),
                    h.validUntil())).toList();
            List<Waiver> waivers = trip.travellers().stream()
                    .flatMap(p -> ports.waivers().ofTraveller(id, p).stream()).toList();
            Map<String, Set<PersonId>> booked = new HashMap<>();
            for (Clearance c : live) {
                if (self.filter(c.id()::equals).isPresent() || !c.status().live()) {
                    continue;
                }
                for (Leg leg : c.trip().legs()) {
                    leg.flightKey().ifPresent(k -> booked.computeIfAbsent(k, x -> new HashSet<>())
                            .addAll(c.trip().travellers()));
                }
            }
            return new ClearanceInputs(courses, held, waivers, areas, covers, operators, booked, policy);
        }
    }
}
