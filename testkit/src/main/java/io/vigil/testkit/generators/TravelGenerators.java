package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.domain.Check;
import io.vigil.travel.domain.CheckKind;
import io.vigil.travel.domain.CheckOutcome;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.Decision;
import io.vigil.travel.domain.Leg;
import io.vigil.travel.domain.TripPlace;
import io.vigil.travel.domain.Stop;
import io.vigil.travel.domain.TransportMode;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.domain.Trip;
import io.vigil.travel.domain.Verdict;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the travel context. */
public final class TravelGenerators {
    private TravelGenerators() {
    }

    /** A decision of the rules with every check passed: auto-approved. */
    public static Decision approved(Instant at) {
        List<Check> checks = Arrays.stream(CheckKind.values()).map(k -> new Check(k, CheckOutcome.PASSED,
                Optional.empty(), List.of("passed"))).toList();
        return new Decision(Verdict.AUTO_APPROVED, Optional.empty(), checks, at, "submitted");
    }

    /** Trips of one to three travellers over one to three chained road or air legs near Mexico City, with a stop or none. */
    public static Gen<Trip> trips() {
        Gen<List<PersonId>> travellers = Generate.range(1, 3).map(n -> {
            List<PersonId> ps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ps.add(PersonId.random());
            }
            return ps;
        });
        Gen<List<GeoPoint>> route = lists().of(points()).ofSizeBetween(2, 4);
        Gen<TransportMode> modes = Generate.pick(List.of(TransportMode.ROAD, TransportMode.AIR, TransportMode.RIVER));
        Gen<Criticality> pcs = Generate.enumValues(Criticality.class);
        Gen<Boolean> stop = Generate.booleans();
        return travellers.zip(route, modes, pcs, instants(), (who, points, mode, pc, at) -> {
            List<Leg> legs = new ArrayList<>();
            Instant t = at.plus(Duration.ofDays(10));
            for (int i = 1; i < points.size(); i++) {
                TripPlace from = new TripPlace("Place " + (i - 1), points.get(i - 1));
                TripPlace to = new TripPlace("Place " + i, points.get(i));
                boolean air = mode == TransportMode.AIR;
                legs.add(new Leg(mode, from, to, t, t.plus(Duration.ofHours(3)), air ? Optional.of("AMX")
                        : Optional.empty(), air ? Optional.of("AM" + (100 + i)) : Optional.empty(), false));
                t = t.plus(Duration.ofHours(24));
            }
            Instant end = legs.get(legs.size() - 1).arrival();
            List<Stop> stops = legs.size() > 1 ? List.of(new Stop(legs.get(0).to(), legs.get(0).arrival(),
                    legs.get(1).departure())) : List.of();
            return new Trip(who, "Field visit " + pc, pc, legs, stops, Optional.empty(), at);
        }).zip(stop, (trip, keep) -> keep ? trip : new Trip(trip.travellers(), trip.purpose(), trip.criticality(),
                trip.legs(), List.of(), Optional.of("UN escort"), trip.submittedAt()));
    }

    /** Clearances of the office as the rules approved them on submission, version 0. */
    public static Gen<Clearance> clearances(OfficeId office) {
        return trips().map(t -> Clearance.submitted(ClearanceId.random(), office, t, "officer",
                approved(t.submittedAt())));
    }

    /** Air operators of the office, barred or not, assessed for a year, version 0. */
    public static Gen<AirOperator> operators(OfficeId office) {
        return names().zip(names(), Generate.booleans(), instants(), (code, name, barred, at) ->
                new AirOperator(AirOperatorId.random(), office, 0, code.length() > 20 ? code.substring(0, 20) : code,
                        name + " Air", barred, barred ? "failed its audit" : "assessed", at, at.plus(Duration.ofDays(365))));
    }

    /** Waivers of the office for random travellers, version 0. */
    public static Gen<Waiver> waivers(OfficeId office) {
        return names().zip(instants(), Generate.pick(List.of("BSAFE", "SSAFE")), (approver, at, course) ->
                new Waiver(WaiverId.random(), office, 0, PersonId.random(), course, approver, "course full until May",
                        at.plus(Duration.ofDays(60)), at, "officer"));
    }

    /** Travel settings of fresh offices. */
    public static Gen<TravelPolicy> policies() {
        return Generate.range(1, 100).zip(Generate.range(0, 30), Generate.pick(List.of("UTC", "America/Mexico_City",
                "Europe/Madrid")), (max, days, zone) -> new TravelPolicy(KernelGenerators.freshOffice(), 0,
                ZoneId.of(zone), max, days));
    }
}
