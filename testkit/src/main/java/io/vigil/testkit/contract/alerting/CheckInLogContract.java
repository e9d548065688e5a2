package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.AnswerTally;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.generators.Theories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    void an_answer_recorded_on_someones_behalf_keeps_who_recorded_it_and_when_first_and_as_a_change() {
        CommTestId test = CommTestId.random();
        PersonId ana = PersonId.random();
        CheckIn byPhone = new CheckIn(ana, Answer.SAFE, Channel.PHONE, T0.plusSeconds(60), false,
                Optional.of(new CheckIn.OnBehalf("warden@office", T0.plusSeconds(90))));
        CheckIn inPerson = new CheckIn(ana, Answer.NEEDS_HELP, Channel.IN_PERSON, T0.plusSeconds(300), true,
                Optional.of(new CheckIn.OnBehalf("officer@office", T0.plusSeconds(400))));
        assertThat(log().record(test, byPhone)).isTrue();
        assertThat(log().record(test, inPerson)).isTrue();
        assertThat(log().answersOf(test, ana)).containsExactly(byPhone, inPerson);
        assertThat(log().of(test)).containsExactly(byPhone, inPerson);
        assertThat(log().answerOf(test, ana)).hasValueSatisfying(c -> assertThat(c.onBehalf())
                .hasValueSatisfying(b -> assertThat(b.by()).isEqualTo("warden@office")));
        assertThat(log().latestOf(test, ana)).hasValueSatisfying(c -> assertThat(c.onBehalf())
                .contains(new CheckIn.OnBehalf("officer@office", T0.plusSeconds(400))));
    }

    @Test
    void a_repeat_of_the_latest_answer_by_any_channel_is_not_recorded() {
        CommTestId test = CommTestId.random();
        PersonId ana = PersonId.random();
        assertThat(log().record(test, answer(ana, Answer.SAFE, Channel.SMS, 60))).isTrue();
        assertThat(log().record(test, answer(ana, Answer.SAFE, Channel.EMAIL, 30))).isFalse();
        assertThat(log().of(test)).containsExactly(answer(ana, Answer.SAFE, Channel.SMS, 60));
        assertThat(log().of(CommTestId.random())).isEmpty();
        assertThat(log().answerOf(test, ana)).contains(answer(ana, Answer.SAFE, Channel.SMS, 60));
        assertThat(log().latestOf(test, ana)).contains(answer(ana, Answer.SAFE, Channel.SMS, 60));
        assertThat(log().answerOf(test, PersonId.random())).isEmpty();
        assertThat(log().answerOf(CommTestId.random(), ana)).isEmpty();
        assertThat(log().answersOf(test, PersonId.random())).isEmpty();
        assertThat(log().latestOf(CommTestId.random(), ana)).isEmpty();
    }

    @Test
    void needs_help_after_safe_is_recorded_and_so_is_safe_after_needs_help_the_first_answer_staying_first() {
        CommTestId test = CommTestId.random();
        PersonId ana = PersonId.random();
        CheckIn safe = answer(ana, Answer.SAFE, Channel.SMS, 60);
        CheckIn help = answer(ana, Answer.NEEDS_HELP, Channel.SMS, 120);
        CheckIn safeAgain = answer(ana, Answer.SAFE, Channel.PHONE, 180);
        assertThat(log().record(test, safe)).isTrue();
        assertThat(log().record(test, help)).as("needs help after safe").isTrue();
        assertThat(log().record(test, answer(ana, Answer.NEEDS_HELP, Channel.EMAIL, 150))).as("a repeat").isFalse();
        assertThat(log().record(test, safeAgain)).as("safe after needs help").isTrue();
        assertThat(log().answersOf(test, ana)).containsExactly(safe, help, safeAgain);
        assertThat(log().answerOf(test, ana)).contains(safe);
        assertThat(log().latestOf(test, ana)).contains(safeAgain);
        assertThat(log().of(test)).containsExactly(safe, help, safeAgain);
    }

    @Test
    void answers_are_kept_in_the_order_recorded_whatever_their_times() {
        CommTestId test = CommTestId.random();
        PersonId ana = PersonId.random();
        CheckIn help = answer(ana, Answer.NEEDS_HELP, Channel.SMS, 300);
        CheckIn safe = answer(ana, Answer.SAFE, Channel.APP, 100);
        log().record(test, help);
        log().record(test, safe);
        assertThat(log().answersOf(test, ana)).containsExactly(help, safe);
        assertThat(log().latestOf(test, ana)).contains(safe);
        assertThat(log().of(test)).containsExactly(safe, help);
    }

    @Test
    void concurrent_changes_of_answer_record_exactly_one_of_each_alternation() {
        Theories.qt(10).forAll(Generate.range(1, 4)).checkAssert(this::recordsEachChangeOnceUnderConcurrency);
    }

    /** The people each send SAFE and NEEDS_HELP twice at once; each records one or two answers, alternating. */
    private void recordsEachChangeOnceUnderConcurrency(int people) {
        CommTestId test = CommTestId.random();
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            persons.add(PersonId.random());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int round = 0; round < 2; round++) {
                for (PersonId p : persons) {
                    int r = round;
                    results.add(pool.submit(() -> log().record(test, answer(p, Answer.SAFE, Channel.SMS, r))));
                    results.add(pool.submit(() -> log().record(test, answer(p, Answer.NEEDS_HELP, Channel.SMS, r))));
                }
            }
            int recorded = 0;
            for (Future<Boolean> f : results) {
                recorded += f.get() ? 1 : 0;
            }
            int kept = 0;
            for (PersonId p : persons) {
                List<CheckIn> theirs = log().answersOf(test, p);
                kept += theirs.size();
                assertThat(theirs).isNotEmpty().hasSizeLessThanOrEqualTo(4);
                for (int i = 1; i < theirs.size(); i++) {
                    assertThat(theirs.get(i).answer()).as("each recorded answer changes the one before")
                            .isNotEqualTo(theirs.get(i - 1).answer());
                }
            }
            assertThat(recorded).isEqualTo(kept);
            assertThat(log().of(test)).hasSize(kept);
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("recording failed", e);
        } finally {
            pool.shutdown();
        }
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

    @Test
    void tallies_by_test_the_persons_who_answered_and_those_who_ever_said_they_need_help() {
        CommTestId busy = CommTestId.random();
        CommTestId quiet = CommTestId.random();
        CommTestId unanswered = CommTestId.random();
        PersonId ana = PersonId.random();
        PersonId ben = PersonId.random();
        PersonId eva = PersonId.random();
        log().record(busy, answer(ana, Answer.SAFE, Channel.SMS, 10));
        log().record(busy, answer(ana, Answer.NEEDS_HELP, Channel.SMS, 20));
        log().record(busy, answer(ana, Answer.SAFE, Channel.PHONE, 30));
        log().record(busy, answer(ben, Answer.SAFE, Channel.EMAIL, 15));
        log().record(busy, answer(eva, Answer.NEEDS_HELP, Channel.SMS, 40));
        log().record(quiet, answer(ben, Answer.SAFE, Channel.SMS, 50));
        // ana said "needs help" after "safe", then "safe" again: she still counts as needing help
        assertThat(log().tally(List.of(busy, quiet, unanswered, busy)))
                .isEqualTo(Map.of(busy, new AnswerTally(3, 2), quiet, new AnswerTally(1, 0)));
        assertThat(log().tally(List.of())).isEmpty();
    }
}
