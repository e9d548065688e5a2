package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.people.PersonResource;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A roll-call as it stands: the incident, every affected person's state and requests in delivery,
 * the counts, the score, warnings, and where the requests stand in delivery ({@code deliveries}).
 */
public record RollCallResource(String id, String office, long version, String description, List<Channel> channels,
                               Instant startedAt, Instant closesAt, String startedBy, IncidentResource incident,
                               Instant at, Map<RollCallStatus.State, Integer> counts, List<PersonResource> persons,
                               CommunicationTestResource.ScoreResource score, List<String> warnings,
                               DeliveryResource deliveries)
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
     * One affected person; the first answer's fields are null until they answer; {@code answers} lists
     * every answer recorded (a change of answer after the first included), by time. {@code reason}
     * names the place ("residence: lives at …") only for a reader who may read the person's residence
     * or movements, and is the kind of reason alone ("residence", "hotel stay") otherwise.
     * {@code requests}: the person's request on each channel with its delivery state.
     */
    public record PersonResource(String person, String name, String reason, String zone, RollCallStatus.State state,
                                 Channel channel, Instant answeredAt, Boolean late, List<CheckIn> answers,
                                 List<DeliveryResource.Request> requests) {
        static PersonResource from(RollCallStatus.Person p, RequestDeliveries deliveries) {
            return new PersonResource(p.person().toString(), p.name(), p.reason(), p.zone().map(WardenZoneId::value)
                    .orElse(null), p.state(), p.answer().map(a -> a.channel()).orElse(null),
                    p.answer().map(a -> a.at()).orElse(null), p.answer().map(a -> a.late()).orElse(null),
                    p.answers(), deliveries.of(p.person()).stream().map(DeliveryResource.Request::from).toList());
        }
    }

    public static RollCallResource from(RollCallStatus s) {
        var t = s.rollCall();
        return new RollCallResource(t.id().toString(), t.office().value(), t.version(), t.title(),
                t.channels().stream().sorted().toList(), t.startedAt(), t.closesAt(), t.startedBy(),
                IncidentResource.from(t.incident().orElseThrow()), s.at(), s.counts(),
                s.persons().stream().map(p -> PersonResource.from(p, s.deliveries())).toList(),
                CommunicationTestResource.ScoreResource.from(s.score()), s.warnings(),
                DeliveryResource.from(s.deliveries()));
    }
}
