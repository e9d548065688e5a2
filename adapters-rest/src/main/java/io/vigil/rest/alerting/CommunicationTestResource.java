package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.port.in.TestResult;
import io.vigil.kernel.PersonId;
import io.vigil.rest.resource.Identified;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A communication test, its score now and where its requests stand in delivery ({@code deliveries};
 * null where they were not read); {@code unreachable} lists those without an address on its
 * channels, or whose every request failed in delivery, who have not answered by any means (a person
 * reached another way is no longer listed).
 */
public record CommunicationTestResource(String id, String office, long version, String title, boolean rollCall,
                                        List<Channel> channels,
                                        int audienceSize, List<String> unreachable, Instant startedAt,
                                        Instant closesAt, Target target, String startedBy, ScoreResource score,
                                        DeliveryResource deliveries)
        implements Identified {

    /**
     * The score in plain values; durations in whole seconds, null until reached: from the start
     * ({@code secondsTo50}, ...) and, for a roll-call, from the incident ({@code secondsFromIncidentTo50},
     * ..., null for a scheduled test); {@code unreachable}: who has not answered and has no address on the
     * test's channels or whose every request failed in delivery.
     */
    public record ScoreResource(int audience, int answered, double responseRate, Long secondsTo50, Long secondsTo90,
                                Long secondsTo100, Long secondsFromIncidentTo50, Long secondsFromIncidentTo90,
                                Long secondsFromIncidentTo100, List<String> unaccounted, List<String> needsHelp,
                                List<String> unreachable, Map<Channel, Integer> byChannel, int late, boolean targetMet,
                                boolean inProgress, String verdict) {
        public static ScoreResource from(Score s) {
            return new ScoreResource(s.audience(), s.answered(), s.responseRate(),
                    s.timeTo50().map(Duration::getSeconds).orElse(null),
                    s.timeTo90().map(Duration::getSeconds).orElse(null),
                    s.timeTo100().map(Duration::getSeconds).orElse(null),
                    s.incidentTo50().map(Duration::getSeconds).orElse(null),
                    s.incidentTo90().map(Duration::getSeconds).orElse(null),
                    s.incidentTo100().map(Duration::getSeconds).orElse(null),
                    s.unaccounted().stream().map(PersonId::toString).toList(),
                    s.needsHelp().stream().map(PersonId::toString).toList(),
                    s.unreachable().stream().map(PersonId::toString).toList(), s.byChannel(), s.late(), s.targetMet(),
                    s.inProgress(), s.verdict());
        }
    }

    public static CommunicationTestResource from(TestResult r) {
        return from(r.test(), r.score(), DeliveryResource.from(r.deliveries()));
    }

    public static CommunicationTestResource from(CommunicationTest t, Score s, DeliveryResource deliveries) {
        return new CommunicationTestResource(t.id().toString(), t.office().value(), t.version(), t.title(),
                t.rollCall(), t.channels().stream().sorted().toList(), t.audience().size(),
                s.unreachable().stream().map(PersonId::toString).toList(), t.startedAt(), t.closesAt(), t.target(),
                t.startedBy(), ScoreResource.from(s), deliveries);
    }
}
