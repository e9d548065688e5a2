package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.generators.Theories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The contract of {@link CheckInLog}; extend it with your adapter. */
public abstract class CheckInLogContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    /** The log under test; may be shared between tests. */
    protected abstract CheckInLog log();

    private static CheckIn answer(PersonId p, Answer a, Channel c, long secondsAfter) {
        return new CheckIn(p, a, c, T0.plusSeconds(secondsAfter), false);
    }

    @Test
    void the_first_answer_counts_and_a_duplicate_by_any_channel_does_not() {
        CommTestId test = CommTestId.random();
        PersonId ana = PersonId.random();
        assertThat(log().record(test, answer(ana, Answer.SAFE, Channel.SMS, 60))).isTrue();
        assertThat(log().record(test, answer(ana, Answer.NEEDS_HELP, Channel.EMAIL, 30))).isFalse();
        assertThat(log().of(test)).containsExactly(answer(ana, Answer.SAFE, Channel.SMS, 60));
        assertThat(log().of(CommTestId.random())).isEmpty();
        assertThat(log().answerOf(test, ana)).contains(answer(ana, Answer.SAFE, Channel.SMS, 60));
        assertThat(log().answerOf(test, PersonId.random())).isEmpty();
        assertThat(log().answerOf(CommTestId.random(), ana)).isEmpty();
    }

    @Test
    void answers_are_listed_by_time_and_kept_per_test() {
        CommTestId test = CommTestId.random();
        CommTestId other = CommTestId.random();
        PersonId a = PersonId.random();
        PersonId b = PersonId.random();
        log().record(test, answer(a, Answer.SAFE, Channel.SMS, 120));
        log().record(test, answer(b, Answer.NEEDS_HELP, Channel.APP, 30));
        log().record(other, answer(a, Answer.SAFE, Channel.EMAIL, 10));
        assertThat(log().of(test)).extracting(CheckIn::person).containsExactly(b, a);
        assertThat(log().of(other)).hasSize(1);
    }

    @Test
    void concurrent_duplicates_record_exactly_one_answer_per_person() {
        Theories.qt(20).forAll(Generate.range(1, 8), Generate.range(2, 4))
                .checkAssert(this::recordsOneAnswerEachUnderConcurrentDuplicates);
    }

    /** Each of the people answers the same way `rounds` times at once; one answer each is recorded. */
    private void recordsOneAnswerEachUnderConcurrentDuplicates(int people, int rounds) {
        CommTestId test = CommTestId.random();
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            persons.add(PersonId.random());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                for (PersonId p : persons) {
                    int r = round;
                    results.add(pool.submit(() -> log().record(test, answer(p, Answer.SAFE, Channel.SMS, r))));
                }
            }
            int recorded = 0;
            for (Future<Boolean> f : results) {
                recorded += f.get() ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(people);
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("recording failed", e);
        } finally {
            pool.shutdown();
        }
        assertThat(log().of(test)).hasSize(people);
    }
}
