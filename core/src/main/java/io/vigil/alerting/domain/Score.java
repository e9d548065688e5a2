package io.vigil.alerting.domain;

import io.vigil.kernel.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a communication test went: response rate, the time from its start until 50 %, 90 % and 100 %
 * of the audience had answered (empty until reached) and, for a roll-call, the same from the time
 * of the incident ({@code incidentTo50}, ...; empty for a scheduled test), who is unaccounted for, who needs help,
 * who is unreachable and has not answered (no address on the test's channels, or every request to
 * them failed in delivery), the
 * channel of each answer, late answers, and whether the target was met, with the reason. While the
 * test is open and its target can still be met ({@code inProgress}), the verdict says "in progress";
 * once it has closed or the target's window has passed, it says whether the target was met.
 */
public record Score(int audience, int answered, double responseRate, Optional<Duration> timeTo50,
                    Optional<Duration> timeTo90, Optional<Duration> timeTo100, Optional<Duration> incidentTo50,
                    Optional<Duration> incidentTo90, Optional<Duration> incidentTo100, List<PersonId> unaccounted,
                    List<PersonId> needsHelp, List<PersonId> unreachable, Map<Channel, Integer> byChannel, int late, boolean targetMet,
                    boolean inProgress, String verdict) {

    /**
     * The score of {@code test} at {@code at} given its check-ins (a person's earliest answer is the one
     * timed; any "needs help" among their answers lists them as needing help).
     */
    public static Score of(CommunicationTest test, List<CheckIn> checkIns, Instant at) {
        return of(test, checkIns, at, List.of());
    }

    /**
     * The score as {@link #of(CommunicationTest, List, Instant)}, where {@code undelivered} are the
     * persons every one of whose requests failed in delivery: with those without an address, they are
     * unreachable until they answer.
     */
    public static Score of(CommunicationTest test, List<CheckIn> checkIns, Instant at, List<PersonId> undelivered) {
        Set<PersonId> audience = new HashSet<>(test.audience());
        Set<PersonId> answeredBy = new HashSet<>();
        List<CheckIn> onTime = checkIns.stream().filter(c -> audience.contains(c.person()) && !c.late())
                .sorted(Comparator.comparing(CheckIn::at)).filter(c -> answeredBy.add(c.person())).toList();
        int n = test.audience().size();
        List<PersonId> unaccounted = new ArrayList<>(test.audience().stream().filter(p -> !answeredBy.contains(p))
                .toList());
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        onTime.forEach(c -> byChannel.merge(c.channel(), 1, Integer::sum));
        List<PersonId> needsHelp = checkIns.stream().filter(c -> c.answer() == Answer.NEEDS_HELP)
                .map(CheckIn::person).distinct().toList();
        Set<PersonId> answeredAtAll = new HashSet<>();
        checkIns.forEach(c -> answeredAtAll.add(c.person()));
        Set<PersonId> cannotReach = new HashSet<>(test.unreachable());
        cannotReach.addAll(undelivered);
        List<PersonId> unreachable = test.audience().stream().filter(p -> cannotReach.contains(p)
                && !answeredAtAll.contains(p)).toList();
        int late = (int) checkIns.stream().filter(CheckIn::late).map(CheckIn::person)
                .filter(p -> !answeredBy.contains(p)).distinct().count();
        int needed = (int) Math.ceil(n * test.target().percent() / 100.0);
        Optional<Duration> reached = timeTo(test.startedAt(), onTime, needed);
        boolean met = reached.map(d -> d.compareTo(Duration.ofMinutes(test.target().minutes())) <= 0).orElse(false);
        Instant windowEnds = test.startedAt().plus(Duration.ofMinutes(test.target().minutes()));
        boolean open = !met && at.isBefore(test.closesAt()) && at.isBefore(windowEnds);
        String goal = test.target().percent() + " % within " + test.target().minutes() + " minutes needs " + needed
                + " of " + n + " answers; ";
        String verdict = open ? "in progress: " + goal + onTime.size() + " answered so far, "
                + Duration.between(at, windowEnds.isBefore(test.closesAt()) ? windowEnds : test.closesAt()).toMinutes()
                + " minutes left"
                : (met ? "target met: " : "target missed: ") + goal
                + reached.map(d -> "reached after " + d.toMinutes() + " minutes")
                .orElse("only " + onTime.size() + " answered in time");
        int half = (int) Math.ceil(n * 0.5);
        int most = (int) Math.ceil(n * 0.9);
        Optional<Instant> incident = test.incident().map(Incident::at);
        return new Score(n, onTime.size(), n == 0 ? 0 : (double) onTime.size() / n,
                timeTo(test.startedAt(), onTime, half), timeTo(test.startedAt(), onTime, most),
                timeTo(test.startedAt(), onTime, n), incident.flatMap(i -> timeTo(i, onTime, half)),
                incident.flatMap(i -> timeTo(i, onTime, most)), incident.flatMap(i -> timeTo(i, onTime, n)),
                unaccounted, needsHelp, unreachable, byChannel, late, met, open,
                verdict);
    }

    /**
     * The time from {@code from} until the k-th on-time answer, if there were k; zero for an answer
     * before {@code from} (one obtained on someone's behalf between the incident and the start).
     */
    private static Optional<Duration> timeTo(Instant from, List<CheckIn> onTime, int k) {
        if (k <= 0) {
            return Optional.of(Duration.ZERO);
        }
        if (onTime.size() < k) {
            return Optional.empty();
        }
        Duration d = Duration.between(from, onTime.get(k - 1).at());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }
}
