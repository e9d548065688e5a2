package io.vigil.rest.movement;

import io.vigil.kernel.PersonId;
import io.vigil.movement.domain.MemberClearance;
import io.vigil.movement.domain.ProgrammeItem;
import io.vigil.movement.domain.ProtectiveMeasure;
import io.vigil.movement.domain.SiteAssessment;
import io.vigil.movement.domain.SupportProvider;
import io.vigil.movement.domain.SupportRequest;
import io.vigil.movement.domain.SupportStatus;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitKind;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A visit (protective operation) as the API shows it: its members, dates, programme at venues,
 * advance site assessment (with the mandatory items still missing), protective measures, support
 * requests and the members' clearance requests.
 */
public record VisitResource(String id, String office, long version, String title, VisitKind kind, String principal,
                            List<PersonId> members, Instant starts, Instant ends, List<Item> programme,
                            Site advanceAssessment, List<Measure> measures, List<Support> supportRequests,
                            List<Clearance> clearances) implements Identified {

    /** The visit as stored. */
    public static VisitResource from(Visit v) {
        return new VisitResource(v.id().toString(), v.office().value(), v.version(), v.title(), v.kind(),
                v.principal().orElse(null), v.members(), v.starts(), v.ends(),
                v.programme().stream().map(Item::from).toList(), v.advance().map(Site::from).orElse(null),
                v.measures().stream().map(Measure::from).toList(), v.support().stream().map(Support::from).toList(),
                v.clearances().stream().map(Clearance::from).toList());
    }

    /** A programme item: what, where, the venue assessment's id, when. */
    public record Item(String title, String place, UUID venue, Instant from, Instant to) {
        static Item from(ProgrammeItem i) {
            return new Item(i.title(), i.place(), i.venue().orElse(null), i.from(), i.to());
        }
    }

    /** The advance site assessment; {@code missing} lists the mandatory items still missing. */
    public record Site(Route primaryRoute, Route alternateRoute, Service hospital, Service police, String safeRoom,
                       String assemblyPoint, String assessedBy, Instant assessedAt, List<String> missing) {
        static Site from(SiteAssessment s) {
            return new Site(s.primaryRoute().map(Route::from).orElse(null),
                    s.alternateRoute().map(Route::from).orElse(null), s.hospital().map(Service::from).orElse(null),
                    s.police().map(Service::from).orElse(null), s.safeRoom().orElse(null),
                    s.assemblyPoint().orElse(null), s.assessedBy(), s.assessedAt(), s.missing());
        }
    }

    /** A route to the site with its travel time in minutes. */
    public record Route(String description, int travelMinutes) {
        static Route from(SiteAssessment.Route r) {
            return new Route(r.description(), r.travelMinutes());
        }
    }

    /** The nearest hospital or police: name, phone, travel time in minutes. */
    public record Service(String name, String phone, int travelMinutes) {
        static Service from(SiteAssessment.EmergencyService s) {
            return new Service(s.name(), s.phone(), s.travelMinutes());
        }
    }

    /** A protective measure and the threat it answers. */
    public record Measure(String threat, String measure) {
        static Measure from(ProtectiveMeasure m) {
            return new Measure(m.threat(), m.measure());
        }
    }

    /** A request for security support and its answer. */
    public record Support(UUID id, SupportProvider provider, String what, Instant requestedAt, SupportStatus status,
                          Instant answeredAt) {
        static Support from(SupportRequest s) {
            return new Support(s.id(), s.provider(), s.what(), s.requestedAt(), s.status(),
                    s.answeredAt().orElse(null));
        }
    }

    /** The clearance request created for a member (read it at {@code /api/v1/travel/clearances/{id}}). */
    public record Clearance(PersonId member, String clearanceId) {
        static Clearance from(MemberClearance c) {
            return new Clearance(c.member(), c.clearanceId());
        }
    }
}
