package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A visit to Mexico City (UTC-6 all year) from 10 to 12 March 2026, built ready and then broken by
 * the chosen defects, each of which, by the readiness rules, adds exactly the one blocker
 * {@link Defect#expected} names (hand-written, not computed by the policy).
 */
final class ReadinessFixture {
    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final OfficeId MX = OfficeId.of("MX-MEX");
    static final PersonId ANA = new PersonId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    static final PersonId BEN = new PersonId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    static final UUID MINISTRY = UUID.fromString("00000000-0000-0000-0000-000000000101");
    static final UUID HOTEL = UUID.fromString("00000000-0000-0000-0000-000000000102");
    static final UUID ESCORT = UUID.fromString("00000000-0000-0000-0000-000000000201");
    static final Instant STARTS = Instant.parse("2026-03-10T06:00:00Z");
    static final Instant ENDS = Instant.parse("2026-03-13T06:00:00Z");
    static final int LEAD_DAYS = 14;

    /** What can be wrong with the visit, one blocker each, in the order readiness lists their blockers. */
    enum Defect {
        VENUE_LAPSES(Readiness.Kind.VENUE, "the assessment of venue 'Hotel in Polanco' lapses on 2026-03-10,"
                + " before 'Donor round table' on 2026-03-11"),
        ITEM_WITHOUT_VENUE(Readiness.Kind.VENUE, "'Press briefing' on 2026-03-12 names no assessed venue"),
        NO_ADVANCE_ASSESSMENT(Readiness.Kind.ADVANCE_ASSESSMENT, "no advance site assessment"),
        NO_SAFE_ROOM(Readiness.Kind.ADVANCE_ASSESSMENT, "the advance site assessment lacks the safe room"),
        ESCORT_UNANSWERED(Readiness.Kind.SUPPORT, "the request to the host government for 'Motorcade escort',"
                + " made on 2026-02-01, awaits its answer"),
        ESCORT_DECLINED(Readiness.Kind.SUPPORT, "the request to the host government for 'Motorcade escort' was"
                + " declined on 2026-02-10"),
        ANA_DENIED(Readiness.Kind.CLEARANCE, "member " + ANA + " would be denied (clearance c-ana, DENIED):"
                + " traveller " + ANA + " does not hold SSAFE"),
        NO_CLEARANCE_FOR_BEN(Readiness.Kind.CLEARANCE, "no clearance request was created for member " + BEN);

        final Readiness.Kind kind;
        final String reason;

        Defect(Readiness.Kind kind, String reason) {
            this.kind = kind;
            this.reason = reason;
        }

        Readiness.Blocker expected() {
            return new Readiness.Blocker(kind, reason);
        }
    }

    private ReadinessFixture() {
    }

    /** The visit with the defects, the inputs and the readiness the policy gives. */
    static Readiness assess(Set<Defect> defects) {
        boolean noAdvance = defects.contains(Defect.NO_ADVANCE_ASSESSMENT);
        List<ProgrammeItem> programme = new ArrayList<>(List.of(
                new ProgrammeItem("Meeting with the Minister", "Avenida Juárez 20", Optional.of(MINISTRY),
                        Instant.parse("2026-03-10T16:00:00Z"), Instant.parse("2026-03-10T18:00:00Z")),
                new ProgrammeItem("Donor round table", "Campos Elíseos", Optional.of(HOTEL),
                        Instant.parse("2026-03-11T15:00:00Z"), Instant.parse("2026-03-11T19:00:00Z"))));
        if (defects.contains(Defect.ITEM_WITHOUT_VENUE)) {
            programme.add(new ProgrammeItem("Press briefing", "To be decided", Optional.empty(),
                    Instant.parse("2026-03-12T16:00:00Z"), Instant.parse("2026-03-12T17:00:00Z")));
        }
        Optional<SiteAssessment> advance = noAdvance ? Optional.empty() : Optional.of(new SiteAssessment(
                Optional.of(new SiteAssessment.Route("Reforma", 20)), Optional.of(new SiteAssessment.Route("Eje", 35)),
                Optional.of(new SiteAssessment.EmergencyService("Hospital Ángeles", "+52 55 5265 1800", 15)),
                Optional.of(new SiteAssessment.EmergencyService("SSC", "911", 8)),
                defects.contains(Defect.NO_SAFE_ROOM) ? Optional.empty() : Optional.of("Briefing room, 3rd floor"),
                Optional.of("Car park B"), "officer", Instant.parse("2026-02-20T12:00:00Z")));
        Instant requested = Instant.parse("2026-02-01T18:00:00Z");
        SupportRequest escort = defects.contains(Defect.ESCORT_UNANSWERED)
                ? new SupportRequest(ESCORT, SupportProvider.HOST_GOVERNMENT, "Motorcade escort", requested,
                SupportStatus.REQUESTED, Optional.empty())
                : new SupportRequest(ESCORT, SupportProvider.HOST_GOVERNMENT, "Motorcade escort", requested,
                defects.contains(Defect.ESCORT_DECLINED) ? SupportStatus.DECLINED : SupportStatus.CONFIRMED,
                Optional.of(Instant.parse("2026-02-10T18:00:00Z")));
        List<MemberClearance> clearances = new ArrayList<>(List.of(new MemberClearance(ANA, "c-ana")));
        if (!defects.contains(Defect.NO_CLEARANCE_FOR_BEN)) {
            clearances.add(new MemberClearance(BEN, "c-ben"));
        }
        Visit visit = new Visit(VisitId.random(), MX, 0, "Visit of the Executive Director",
                VisitKind.SENIOR_OFFICIAL_VISIT, Optional.of("Executive Director"), List.of(ANA, BEN), STARTS, ENDS,
                programme, advance, List.of(new ProtectiveMeasure("kidnapping", "armoured car")), List.of(escort),
                clearances);
        Map<UUID, VenueStanding> venues = new HashMap<>();
        venues.put(MINISTRY, new VenueStanding(MINISTRY, "Secretaría de Relaciones Exteriores",
                GeoPoint.of(19.4356, -99.1445), Instant.parse("2026-12-31T00:00:00Z")));
        venues.put(HOTEL, new VenueStanding(HOTEL, "Hotel in Polanco", GeoPoint.of(19.4320, -99.1940),
                defects.contains(Defect.VENUE_LAPSES) ? Instant.parse("2026-03-10T23:00:00Z")
                        : Instant.parse("2026-06-30T00:00:00Z")));
        Map<String, ClearanceStanding> standing = new HashMap<>();
        standing.put("c-ana", defects.contains(Defect.ANA_DENIED)
                ? new ClearanceStanding("c-ana", "DENIED", true, List.of("traveller " + ANA + " does not hold SSAFE"))
                : new ClearanceStanding("c-ana", "AUTO_APPROVED", false, List.of()));
        standing.put("c-ben", new ClearanceStanding("c-ben", "PENDING", false, List.of()));
        return ReadinessPolicy.assess(visit, venues, standing, LEAD_DAYS, MEXICO);
    }

    /** A valid choice of defects: a missing safe room only where there is an assessment, one answer to the escort. */
    static boolean coherent(Set<Defect> defects) {
        return !(defects.contains(Defect.NO_ADVANCE_ASSESSMENT) && defects.contains(Defect.NO_SAFE_ROOM))
                && !(defects.contains(Defect.ESCORT_UNANSWERED) && defects.contains(Defect.ESCORT_DECLINED));
    }

    static Set<Defect> none() {
        return EnumSet.noneOf(Defect.class);
    }
}
