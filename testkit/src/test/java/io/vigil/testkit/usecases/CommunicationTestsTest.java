package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CheckInReceipt;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.wiring.Vigil;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Communication tests end to end over in-memory adapters: broadcast, answers, score, access. */
class CommunicationTestsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final List<PersonId> staff = new ArrayList<>();

    private PersonId register(String given, boolean withPhone) {
        List<ContactChannel> contacts = withPhone ? List.of(new ContactChannel(ChannelKind.PHONE,
                "+52 55 1000 " + (1000 + staff.size()), "mobile")) : List.of();
        PersonId id = vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, contacts, List.of(), null, null)).person().id();
        staff.add(id);
        return id;
    }

    private CommunicationTest start() {
        for (int i = 0; i < 9; i++) {
            register("P" + i, true);
        }
        register("Silent", false);
        return vigil.alerting().tests().start(officer, new CommTestDetails("Monthly test", Set.of(Channel.SMS), null,
                120, 90, 60, null));
    }

    private CheckIn answer(CommunicationTest t, PersonId p, Answer a, long minutesAfterStart) {
        clock.set(t.startedAt().plus(Duration.ofMinutes(minutesAfterStart)));
        return vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(p, a, Channel.SMS, null)).checkIn();
    }

    @Test
    void a_test_reaches_everyone_with_an_address_once_even_when_resent() {
        CommunicationTest t = start();
        assertThat(t.audience()).hasSize(10);
        assertThat(t.unreachable()).hasSize(1);
        assertThat(vigil.gateway().sent(OFFICE)).hasSize(9).allMatch(m -> m.text().contains("reply 1"));
        assertThat(vigil.alerting().tests().resend(officer, t.id())).isZero();
        assertThat(vigil.gateway().sent(OFFICE)).hasSize(9);
    }

    @Test
    void the_score_times_first_answers_and_counts_needs_help_also_after_safe_and_late_ones() {
        CommunicationTest t = start();
        for (int i = 0; i < 9; i++) {
            answer(t, staff.get(i), i == 3 ? Answer.NEEDS_HELP : Answer.SAFE, 5L * (i + 1));
        }
        CheckIn repeat = answer(t, staff.get(0), Answer.SAFE, 48);
        assertThat(repeat.at()).as("a repeat is not recorded; the first answer stands")
                .isEqualTo(t.startedAt().plus(Duration.ofMinutes(5)));
        CheckIn change = answer(t, staff.get(0), Answer.NEEDS_HELP, 50);
        assertThat(change.answer()).as("needs help after safe is recorded").isEqualTo(Answer.NEEDS_HELP);
        CheckIn late = answer(t, staff.get(9), Answer.SAFE, 200);
        assertThat(late.late()).isTrue();
        Score s = vigil.alerting().tests().result(Actor.of("manager", OFFICE, Role.MANAGER), t.id()).score();
        assertThat(s.audience()).isEqualTo(10);
        assertThat(s.answered()).isEqualTo(9);
        assertThat(s.responseRate()).isEqualTo(0.9);
        assertThat(s.timeTo50()).contains(Duration.ofMinutes(25));
        assertThat(s.timeTo90()).contains(Duration.ofMinutes(45));
        assertThat(s.timeTo100()).isEmpty();
        assertThat(s.unaccounted()).containsExactly(staff.get(9));
        assertThat(s.needsHelp()).containsExactly(staff.get(3), staff.get(0));
        assertThat(s.late()).isEqualTo(1);
        assertThat(s.targetMet()).isTrue();
        assertThat(s.verdict()).startsWith("target met");
    }

    @Test
    void staff_answer_for_themselves_only_and_cannot_start_tests() {
        CommunicationTest t = start();
        Actor me = Actor.staff("p0", OFFICE, staff.get(0));
        assertThat(vigil.alerting().tests().checkIn(me, t.id(), new CheckInDetails(staff.get(0), Answer.SAFE,
                Channel.APP, null)).checkIn().channel()).isEqualTo(Channel.APP);
        assertThatThrownBy(() -> vigil.alerting().tests().checkIn(me, t.id(), new CheckInDetails(staff.get(1),
                Answer.SAFE, Channel.APP, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.alerting().tests().start(me, new CommTestDetails("Mine", Set.of(Channel.SMS),
                null, 60, 90, 60, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(
                PersonId.random(), Answer.SAFE, Channel.SMS, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("person"));
    }

    @Test
    void a_broadcast_cut_off_by_an_outbox_failure_is_resumed_without_repeating_or_skipping_anyone() {
        for (int i = 0; i < 10; i++) {
            register("P" + i, true);
        }
        FlakyOutbox crashing = new FlakyOutbox();
        crashing.budget.set(4);
        AlertingUseCases crashy = AlertingServices.create(vigil.alertingPorts(), crashing,
                vigil.people(), Vigil.kernel(clock, vigil.auditLog()));
        CommunicationTest saved = crashy.tests().start(officer, new CommTestDetails("Cut off", Set.of(Channel.SMS),
                null, 60, 90, 30, null));
        assertThat(crashing.sent(OFFICE)).hasSize(4);
        assertThat(crashy.tests().result(officer, saved.id()).deliveries().notQueued()).hasSize(6);
        crashing.budget.set(Integer.MAX_VALUE);
        assertThat(crashy.tests().resend(officer, saved.id())).isEqualTo(6);
        assertThat(crashing.sent(OFFICE)).hasSize(10)
                .extracting(m -> m.recipient().orElseThrow()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(staff);
    }

    @Test
    void the_trend_compares_the_later_tests_with_the_earlier_ones() {
        for (int i = 0; i < 10; i++) {
            register("T" + i, true);
        }
        java.time.Instant base = clock.instant().minus(Duration.ofDays(40));
        int[] answering = {3, 4, 8, 9};
        List<CommunicationTest> run = new ArrayList<>();
        for (int k = 0; k < answering.length; k++) {
            java.time.Instant started = base.plus(Duration.ofDays(7L * k));
            CommunicationTest t = vigil.alerting().tests().start(officer, new CommTestDetails("Test " + k,
                    Set.of(Channel.SMS), null, 60, 80, 30, started));
            for (int p = 0; p < answering[k]; p++) {
                vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(staff.get(p), Answer.SAFE,
                        Channel.SMS, started.plus(Duration.ofMinutes(5))));
            }
            run.add(t);
        }
        var trend = vigil.alerting().tests().trend(Actor.of("m", OFFICE, Role.MANAGER), base, clock.instant());
        assertThat(trend.points()).extracting(p -> p.id()).containsExactlyElementsOf(run.stream()
                .map(CommunicationTest::id).toList());
        assertThat(trend.points()).extracting(p -> p.responseRate()).containsExactly(0.3, 0.4, 0.8, 0.9);
        assertThat(trend.targetsMet()).isEqualTo(2);
        assertThat(trend.direction()).isEqualTo(io.vigil.alerting.port.in.Trend.Direction.IMPROVING);
        assertThat(trend.summary()).contains("4 tests, 2 met their target").contains("85 %").contains("35 %");
        assertThat(vigil.alerting().tests().trend(officer, base, base.plus(Duration.ofDays(8))).direction())
                .isEqualTo(io.vigil.alerting.port.in.Trend.Direction.TOO_FEW);
        assertThatThrownBy(() -> vigil.alerting().tests().trend(officer, clock.instant(), base))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> vigil.alerting().tests().trend(Actor.staff("s", OFFICE, staff.get(0)), base,
                clock.instant())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answers_arriving_together_for_a_test_not_yet_read_read_it_once() throws Exception {
        CommunicationTest t = start();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        AlertingPorts stored = vigil.alertingPorts();
        CommunicationTestRegistry slow = new CommunicationTestRegistry() {
            @Override
            public CommunicationTest save(CommunicationTest test) {
                return stored.tests().save(test);
            }

            @Override
            public Optional<CommunicationTest> findById(CommTestId id) {
                reads.incrementAndGet();
                reading.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return stored.tests().findById(id);
            }

            @Override
            public void delete(CommTestId id, long expectedVersion) {
                stored.tests().delete(id, expectedVersion);
            }

            @Override
            public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
                return stored.tests().list(office, page);
            }

            @Override
            public List<CommunicationTest> openRollCalls(Collection<OfficeId> offices, Instant at) {
                return stored.tests().openRollCalls(offices, at);
            }
        };
        // a second instance of the use cases, as another app instance would have: nothing read yet
        AlertingUseCases fresh = AlertingServices.create(new AlertingPorts(stored.roster(), stored.emergencies(),
                stored.advisories(), slow, stored.checkIns(), stored.phoneTrees(), stored.messages()),
                vigil.gateway(), vigil.people(), Vigil.kernel(clock, vigil.auditLog()));
        int answering = 6;
        ExecutorService pool = Executors.newFixedThreadPool(answering);
        try {
            List<Future<CheckInReceipt>> receipts = new ArrayList<>();
            List<Thread> threads = new CopyOnWriteArrayList<>();
            for (int i = 0; i < answering; i++) {
                PersonId person = staff.get(i);
                receipts.add(pool.submit(() -> {
                    threads.add(Thread.currentThread());
                    return fresh.tests().checkIn(officer, t.id(), new CheckInDetails(person, Answer.SAFE, Channel.SMS,
                            null));
                }));
            }
            assertThat(reading.await(10, TimeUnit.SECONDS)).as("the test is read").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((threads.size() < answering || threads.stream().anyMatch(th -> th.getState() == Thread.State.RUNNABLE))
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            release.countDown();
            for (Future<CheckInReceipt> r : receipts) {
                assertThat(r.get(10, TimeUnit.SECONDS).recorded()).isTrue();
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(reads.get()).as("one read of the test for %d answers arriving together", answering).isEqualTo(1);
        assertThat(stored.checkIns().of(t.id())).extracting(CheckIn::person)
                .containsExactlyInAnyOrderElementsOf(staff.subList(0, answering));
        fresh.tests().checkIn(officer, t.id(), new CheckInDetails(staff.get(answering), Answer.SAFE, Channel.SMS,
                null));
        assertThat(reads.get()).as("a later answer takes the test kept").isEqualTo(1);
    }
}
