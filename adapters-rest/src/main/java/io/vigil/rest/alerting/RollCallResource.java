package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A roll-call as it stands: the incident, every affected person's state and requests in delivery,
 * the residents known to be abroad at the incident's time (listed, not asked, not scored), the
 * counts, the score, warnings, and where the requests stand in delivery ({@code deliveries}).
 */
public record RollCallResource(String id, String office, long version, String description, List<Channel> channels,
                               Instant startedAt, Instant closesAt, String startedBy, IncidentResource incident,
                               Instant at, Map<RollCallStatus.State, Integer> counts, List<PersonResource> persons,
                               List<AbroadResource> abroad, CommunicationTestResource.ScoreResource score,
                               List<String> warnings, DeliveryResource deliveries)
        implements Identified {

    /** Where and when the incident happened, and when silence escalates (and did). */
    public record IncidentResource(List<GeoPoint> outline, Instant at, int wardenAfterMinutes,
                                   int officerAfterMinutes, Instant wardensAlertedAt, Instant officerAlertedAt) {
        static IncidentResource from(Incident i) {
            return new IncidentResource(i.outline(), i.at(), i.wardenAfterMinutes(), i.officerAfterMinutes(),
                    i.wardensAlertedAt().orElse(null), i.officerAlertedAt().orElse(null));
        }
    }

    /**
     * One reason a person is affected: its kind ({@code UNKNOWN} for a reason kept as text by release
     * 0.1), the place in words, the point, when it holds and the id of the record behind it; place,
     * point, from, until and source are null for a reader who may not read the person's residence
     * (a residence) or movements (the other kinds). {@code text} is the reason in words.
     */
    public record ReasonResource(Incident.ReasonKind kind, String text, String place, GeoPoint point, Instant from,
                                 Instant until, String source) {
        static ReasonResource from(Incident.Reason r) {
            return new ReasonResource(r.apparentKind(), r.text(), r.place().orElse(null), r.point().orElse(null),
                    r.from().orElse(null), r.until().orElse(null), r.source().orElse(null));
        }
    }

    /**
     * One affected person; the first answer's fields are null until they answer; {@code answers} lists
     * every answer recorded (a change of answer after the first included, and who recorded an answer
     * on their behalf), by time. {@code reasons} lists every reason, {@code reason} says them in words
     * joined with "; ", each with its place ("residence: lives at …") only for a reader who may read
     * the person's residence or movements, the kind alone ("residence", "hotel stay") otherwise.
     * {@code requests}: the person's request on each channel with its delivery state.
     */
    public record PersonResource(String person, String name, String reason, List<ReasonResource> reasons, String zone,
                                 RollCallStatus.State state, Channel channel, Instant answeredAt, Boolean late,
                                 List<CheckIn> answers, List<DeliveryResource.Request> requests) {
        static PersonResource from(RollCallStatus.Person p, RequestDeliveries deliveries) {
            return new PersonResource(p.person().toString(), p.name(), p.reason(),
                    p.reasons().stream().map(ReasonResource::from).toList(), p.zone().map(WardenZoneId::value)
                    .orElse(null), p.state(), p.answer().map(a -> a.channel()).orElse(null),
                    p.answer().map(a -> a.at()).orElse(null), p.answer().map(a -> a.late()).orElse(null),
                    p.answers(), deliveries.of(p.person()).stream().map(DeliveryResource.Request::from).toList());
        }
    }

    /**
     * A resident of the area whose stays in the country show them abroad at the incident's time: not
     * asked. {@code residence} as a reason (its place for readers of their residence), {@code departed}
     * when they last left, if recorded.
     */
    public record AbroadResource(String person, String name, ReasonResource residence, Instant departed) {
        static AbroadResource from(Incident.Abroad a) {
            return new AbroadResource(a.person().toString(), a.name(), ReasonResource.from(a.residence()),
                    a.departed().orElse(null));
        }
    }

    public static RollCallResource from(RollCallStatus s) {
        var t = s.rollCall();
        return new RollCallResource(t.id().toString(), t.office().value(), t.version(), t.title(),
                t.channels().stream().sorted().toList(), t.startedAt(), t.closesAt(), t.startedBy(),
                IncidentResource.from(t.incident().orElseThrow()), s.at(), s.counts(),
                s.persons().stream().map(p -> PersonResource.from(p, s.deliveries())).toList(),
                s.abroad().stream().map(AbroadResource::from).toList(),
                CommunicationTestResource.ScoreResource.from(s.score()), s.warnings(),
                DeliveryResource.from(s.deliveries()));
    }
}
