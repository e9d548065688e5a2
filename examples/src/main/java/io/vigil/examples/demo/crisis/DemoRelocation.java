package io.vigil.examples.demo.crisis;

import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.RouteKind;
import io.vigil.crisis.domain.TransportKind;
import io.vigil.crisis.port.in.RelocationPlanDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.EvacuationRouteDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.RelocationAreaDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.RelocationPlaceDetails;
import io.vigil.crisis.port.in.RelocationPlanDetails.TransportOptionDetails;
import io.vigil.crisis.port.in.RelocationUseCase;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;

/**
 * The demo office's relocation arrangements, seeded through the use case when it has none: the
 * south of Mexico City around the IBRD office, with two assembly points (the office's car park and
 * Parque de la Bombilla), a safe haven in Polanco, a primary and an alternate route to it, and three
 * transport options (two office vans and a contracted bus); dependents first, national staff last.
 */
public final class DemoRelocation {
    /** The demo area's code. */
    public static final String AREA = "CDMX-SUR";
    /** The demo safe haven's name. */
    public static final String HAVEN = "Safe haven Polanco";

    private final RelocationUseCase relocation;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoRelocation(RelocationUseCase relocation) {
        this.relocation = relocation;
    }

    /** Seeds the arrangements unless the office has made some. */
    public void seedIfEmpty() {
        if (relocation.plan(officer).version() > 0) {
            return;
        }
        GeoPoint office = DemoOffice.IBRD_OFFICE;
        GeoPoint bombilla = GeoPoint.of(19.3469, -99.1893);
        GeoPoint polanco = GeoPoint.of(19.4326, -99.1950);
        RelocationAreaDetails south = new RelocationAreaDetails(AREA, "Mexico City south (Coyoacán, Álvaro Obregón,"
                + " Benito Juárez)", List.of(GeoPoint.of(19.31, -99.22), GeoPoint.of(19.31, -99.14),
                GeoPoint.of(19.40, -99.14), GeoPoint.of(19.40, -99.22)), null,
                List.of(new RelocationPlaceDetails("IBRD office car park", office, 150,
                                List.of("Building security desk +52 55 5480 4200")),
                        new RelocationPlaceDetails("Parque de la Bombilla", bombilla, 400,
                                List.of("Zone warden (see the warden roster)"))),
                List.of(new RelocationPlaceDetails(HAVEN, polanco, 120,
                        List.of("Security officer +52 55 5480 4299"))),
                List.of(new EvacuationRouteDetails("Insurgentes north", RouteKind.PRIMARY, "IBRD office car park",
                                HAVEN, List.of(office, GeoPoint.of(19.3900, -99.1760), GeoPoint.of(19.4230, -99.1630),
                                polanco)),
                        new EvacuationRouteDetails("Periférico north", RouteKind.ALTERNATE, "Parque de la Bombilla",
                                HAVEN, List.of(bombilla, GeoPoint.of(19.3600, -99.2000), GeoPoint.of(19.4100, -99.2050),
                                polanco))),
                List.of(new TransportOptionDetails("Office van 1", TransportKind.VAN, 12, "Office fleet"),
                        new TransportOptionDetails("Office van 2", TransportKind.VAN, 12, "Office fleet"),
                        new TransportOptionDetails("Contracted bus", TransportKind.BUS, 40,
                                "Autobuses del Sur (24 h contract)")));
        relocation.setPlan(officer, 0, new RelocationPlanDetails(List.of(south), List.of(EvacueeCategory.DEPENDENT,
                EvacueeCategory.MISSION_VISITOR, EvacueeCategory.CONSULTANT, EvacueeCategory.INTERNATIONAL_STAFF,
                EvacueeCategory.NATIONAL_STAFF)));
    }
}
