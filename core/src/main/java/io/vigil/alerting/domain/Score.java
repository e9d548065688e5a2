package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a communication test went: response rate, the time until 50 %, 90 % and 100 % of the
 * audience had answered (empty until reached), who is unaccounted for, who needs help, the
 * channel of each answer, late answers, and whether the target was met, with the reason.
 */
public record Score(int audience, int answered, double responseRate, Optional<Duration> timeTo50,
                    Optional<Duration> timeTo90, Optional<Duration> timeTo100, List<PersonId> unaccounted,
                    List<PersonId> needsHelp, Map<Channel, Integer> byChannel, int late, boolean targetMet,
                    String verdict) {

    /** The score of {@code test} given its check-ins (one per person; the first answer counts). */
    public static Score of(CommunicationTest test, List<CheckIn> checkIns) {
        Set<PersonId> audience = new HashSet<>(test.audience());
        List<CheckIn> onTime = checkIns.stream().filter(c -> audience.contains(c.person()) && !c.late())
                .sorted(Comparator.comparing(CheckIn::at)).toList();
        int n = test.audience().size();
        Set<PersonId> answeredBy = new HashSet<>();
        onTime.forEach(c -> answeredBy.add(c.person()));
        List<PersonId> unaccounted = new ArrayList<>(test.audience().stream().filter(p -> !answeredBy.contains(p))
                .toList());
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        onTime.forEach(c -> byChannel.merge(c.channel(), 1, Integer::sum));
        List<PersonId> needsHelp = checkIns.stream().filter(c -> c.answer() == Answer.NEEDS_HELP)
                .map(CheckIn::person).distinct().toList();
        int late = (int) checkIns.stream().filter(CheckIn::late).count();
        int needed = (int) Math.ceil(n * test.target().percent() / 100.0);
        Optional<Duration> reached = timeTo(test, onTime, needed);
        boolean met = reached.map(d -> d.compareTo(Duration.ofMinutes(test.target().minutes())) <= 0).orElse(false);
        String verdict = (met ? "target met: " : "target missed: ") + test.target().percent() + " % within "
                + test.target().minutes() + " minutes needs " + needed + " of " + n + " answers; "
                + reached.map(d -> "reached after " + d.toMinutes() + " minutes")
                .orElse("only " + onTime.size() + " answered in time");
        return new Score(n, onTime.size(), n == 0 ? 0 : (double) onTime.size() / n,
                timeTo(test, onTime, (int) Math.ceil(n * 0.5)), timeTo(test, onTime, (int) Math.ceil(n * 0.9)),
                timeTo(test, onTime, n), unaccounted, needsHelp, byChannel, late, met, verdict);
    }

    /** The time from the start until the k-th on-time answer, if there were k. */
    private static Optional<Duration> timeTo(CommunicationTest test, List<CheckIn> onTime, int k) {
        if (k <= 0) {
            return Optional.of(Duration.ZERO);
        }
        return onTime.size() < k ? Optional.empty()
                : Optional.of(Duration.between(test.startedAt(), onTime.get(k - 1).at()));
    }
}
