package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.AnswerTally;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.kernel.PersonId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port: the answers to communication tests. A person's first answer is recorded, and so is
 * every change of answer after it ("needs help" after "safe", "safe" after "needs help"): a later
 * "needs help" is never lost. A repeat of the person's latest answer (the same answer again, by any
 * channel) is not recorded. Recording is atomic per test and person: of concurrent identical
 * answers exactly one is recorded.
 */
public interface CheckInLog {
    /** The order of {@link #of}: by time, ties by person. */
    Comparator<CheckIn> BY_TIME = Comparator.comparing(CheckIn::at).thenComparing(c -> c.person().toString());

    /**
     * Records the answer unless it is the same answer as the person's latest recorded one for this
     * test; returns whether it was recorded.
     */
    boolean record(CommTestId test, CheckIn checkIn);

    /** Every recorded answer to the test, {@link #BY_TIME}. */
    List<CheckIn> of(CommTestId test);

    /** The person's answers to the test in the order they were recorded: the first answer first. */
    List<CheckIn> answersOf(CommTestId test, PersonId person);

    /**
     * The answers to each of the tests counted by person ({@link AnswerTally}): one aggregated read for
     * all of them (the SOC's overview); a test nobody answered is left out. Adapters with a query
     * language override this default, which reads each test's answers.
     */
    default Map<CommTestId, AnswerTally> tally(Collection<CommTestId> tests) {
        Map<CommTestId, AnswerTally> tallies = new HashMap<>();
        for (CommTestId test : new LinkedHashSet<>(tests)) {
            Set<PersonId> answered = new HashSet<>();
            Set<PersonId> needHelp = new HashSet<>();
            for (CheckIn c : of(test)) {
                answered.add(c.person());
                if (c.answer() == Answer.NEEDS_HELP) {
                    needHelp.add(c.person());
                }
            }
            if (!answered.isEmpty()) {
                tallies.put(test, new AnswerTally(answered.size(), needHelp.size()));
            }
        }
        return tallies;
    }

    /** The person's first answer to the test, if any. */
    default Optional<CheckIn> answerOf(CommTestId test, PersonId person) {
        return answersOf(test, person).stream().findFirst();
    }

    /** The person's latest recorded answer to the test, if any: the one that stands. */
    default Optional<CheckIn> latestOf(CommTestId test, PersonId person) {
        List<CheckIn> answers = answersOf(test, person);
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(answers.size() - 1));
    }
}
