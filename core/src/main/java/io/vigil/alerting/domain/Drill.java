package io.vigil.alerting.domain;

import io.vigil.kernel.Outcome;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A timed test of a telephone tree: the cascade as it stood when the drill started, every call
 * made (answered or not), and the target (everyone reached within {@code targetMinutes}).
 */
public record Drill(DrillId id, Instant startedAt, int targetMinutes, PersonId root, List<PhoneTree.Link> links,
                    List<Call> calls, DrillState state) {

    /** One call of the cascade: who called whom, when, and whether they answered. */
    public record Call(PersonId caller, PersonId callee, Instant at, boolean answered) {
        public Call {
            Require.nonNull(caller, "caller");
            Require.nonNull(callee, "callee");
            Require.nonNull(at, "at");
        }
    }

    public Drill {
        Require.nonNull(id, "id");
        Require.nonNull(startedAt, "startedAt");
        Require.that(targetMinutes >= 1 && targetMinutes <= 1440, "targetMinutes", "must be between 1 and 1440");
        Require.nonNull(root, "root");
        links = List.copyOf(Require.nonNull(links, "links"));
        calls = List.copyOf(Require.nonNull(calls, "calls"));
        Require.nonNull(state, "state");
    }

    /** A drill of the tree as it stands, starting at {@code at}. */
    public static Drill of(DrillId id, PhoneTree tree, Instant at, int targetMinutes) {
        return new Drill(id, at, targetMinutes, tree.root(), tree.links(), List.of(), new DrillState.Running());
    }

    /** When the drill ended, once it has. */
    public Optional<Instant> endedAt() {
        return state instanceof DrillState.Ended e ? Optional.of(e.at()) : Optional.empty();
    }

    /**
     * Records a call; refused once the drill has ended. The caller must be the root, a member
     * already reached, or a fallback who answered (standing in for a member); the callee must be
     * a member or a fallback of the tree; the call must not be before the start.
     */
    public Outcome<Drill> withCall(Call call) {
        if (state instanceof DrillState.Ended e) {
            return Outcome.refused("the drill ended at " + e.at() + "; no more calls are recorded");
        }
        Require.that(!call.at().isBefore(startedAt), "at", "must not be before the drill started");
        List<PersonId> members = PhoneTree.membersOf(root, links);
        boolean fallback = links.stream().anyMatch(l -> l.fallbacks().contains(call.callee()));
        Require.that(members.contains(call.callee()) || fallback, "callee", "must be a member or fallback of the tree");
        Map<PersonId, Instant> answered = answeredAt();
        boolean canCall = call.caller().equals(root) || answered.containsKey(call.caller());
        Require.that(canCall, "caller", "must be the root or someone who answered earlier in the drill");
        List<Call> next = new ArrayList<>(calls);
        next.add(call);
        return Outcome.done(new Drill(id, startedAt, targetMinutes, root, links, next, state));
    }

    /** The drill ended at {@code at}; refused once it has ended. */
    public Outcome<Drill> ended(Instant at) {
        if (state instanceof DrillState.Ended e) {
            return Outcome.refused("the drill already ended at " + e.at());
        }
        Require.that(!at.isBefore(startedAt), "at", "must not be before the drill started");
        return Outcome.done(new Drill(id, startedAt, targetMinutes, root, links, calls, new DrillState.Ended(at)));
    }

    /** When each person first answered (the root counts as reached at the start). */
    public Map<PersonId, Instant> answeredAt() {
        Map<PersonId, Instant> at = new LinkedHashMap<>();
        at.put(root, startedAt);
        calls.stream().filter(Call::answered).sorted(Comparator.comparing(Call::at))
                .forEach(c -> at.putIfAbsent(c.callee(), c.at()));
        return at;
    }

    /** How the drill went: who was reached and when, who was not, and whether the target was met. */
    public Result result() {
        Map<PersonId, Instant> answered = answeredAt();
        List<PersonId> members = PhoneTree.membersOf(root, links);
        Map<PersonId, Duration> reached = new LinkedHashMap<>();
        List<PersonId> unreached = new ArrayList<>();
        for (PersonId m : members) {
            Optional.ofNullable(answered.get(m)).ifPresentOrElse(t -> reached.put(m, Duration.between(startedAt, t)),
                    () -> unreached.add(m));
        }
        List<PersonId> coveredByFallback = new ArrayList<>();
        for (PhoneTree.Link l : links) {
            if (!answered.containsKey(l.callee()) && l.fallbacks().stream().anyMatch(answered::containsKey)) {
                coveredByFallback.add(l.callee());
            }
        }
        Optional<Duration> toAll = unreached.isEmpty() ? reached.values().stream().max(Duration::compareTo)
                : Optional.empty();
        boolean met = toAll.map(d -> d.compareTo(Duration.ofMinutes(targetMinutes)) <= 0).orElse(false);
        String verdict = (met ? "target met: " : "target missed: ") + reached.size() + " of " + members.size()
                + " reached" + toAll.map(d -> " in " + d.toMinutes() + " minutes").orElse("")
                + "; the target is everyone within " + targetMinutes + " minutes"
                + (coveredByFallback.isEmpty() ? "" : "; " + coveredByFallback.size()
                + " unreached but their calls were made by a fallback");
        return new Result(reached, unreached, coveredByFallback, toAll, met, verdict);
    }

    /**
     * A drill's outcome.
     *
     * @param reached           each member reached, with the time from the start
     * @param unreached         members nobody reached
     * @param coveredByFallback unreached members whose calls a fallback made in their place
     */
    public record Result(Map<PersonId, Duration> reached, List<PersonId> unreached, List<PersonId> coveredByFallback,
                         Optional<Duration> timeToAll, boolean targetMet, String verdict) {
        public Result {
            reached = Collections.unmodifiableMap(new LinkedHashMap<>(reached));
            unreached = List.copyOf(unreached);
            coveredByFallback = List.copyOf(coveredByFallback);
        }
    }
}
