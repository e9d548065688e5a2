package io.vigil.alerting.application;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.in.AnswerOnBehalfDetails;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.CheckInReceipt;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.alerting.port.in.ReplyReceipt;
import io.vigil.alerting.port.in.TestResult;
import io.vigil.alerting.port.in.Trend;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ContactDirectoryUseCase;
import io.vigil.people.port.in.Reachable;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Communication tests. The audience comes from the personnel context's contact directory, read
 * with the starting actor's own rights; requests are queued in the outbox ({@link MessageGateway})
 * in one batch, with stable ids, so resending after a crash neither repeats nor skips anyone, and
 * delivered in the background; a result says where each request stands.
 */
final class CommunicationTestService implements CommunicationTestsUseCase {
    static final String TYPE = "communication-test";
    private static final Duration SKEW = Duration.ofMinutes(1);
    /** How an answer recorded on someone's behalf may have been obtained. */
    private static final Set<Channel> OBTAINED = Set.of(Channel.PHONE, Channel.RADIO, Channel.IN_PERSON);
    /** The longest address a reply may come from: a telephone number or a messaging handle. */
    private static final int MAX_FROM = 40;

    private final CommunicationTestRegistry tests;
    private final CheckInLog checkIns;
    private final Broadcaster broadcaster;
    private final OfficerAlerts officers;
    private final ContactDirectoryUseCase directory;
    private final GuardedRecords<CommTestId, CommunicationTest> records;
    private final Map<CommTestId, Answering> answering = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CommTestId, Answering> eldest) {
            return size() > 16;
        }
    };
    /** The tests being read for {@link #answering}, guarded by {@code answering}. */
    private final Map<CommTestId, Loading> loadings = new HashMap<>();
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    CommunicationTestService(CommunicationTestRegistry tests, CheckInLog checkIns, Broadcaster broadcaster,
                             OfficerAlerts officers, ContactDirectoryUseCase directory, AccessGuard guard,
                             CommandValidator validator,
                             Clock clock) {
        this.tests = tests;
        this.checkIns = checkIns;
        this.broadcaster = broadcaster;
        this.officers = officers;
        this.directory = directory;
        this.records = new GuardedRecords<>(TYPE, AlertingData.ACCOUNTABILITY, tests, tests::list, guard);
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public CommunicationTest start(Actor actor, CommTestDetails d) {
        validator.validate(d);
        Instant now = clock.instant();
        Instant started = Optional.ofNullable(d.startedAt()).orElse(now);
        if (started.isAfter(now.plus(SKEW))) {
            throw InvalidCommandException.of("startedAt", "must not be in the future");
        }
        // required before the directory is read, so the test's creation is checked (and audited) once, here
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, actor.office().value());
        List<Reachable> audience = audience(actor, Optional.ofNullable(d.category()));
        if (audience.isEmpty()) {
            throw InvalidCommandException.of("category", "selects nobody in office " + actor.office());
        }
        List<PersonId> unreachable = Broadcaster.unreachable(audience, d.channels());
        CommunicationTest test = CommandValidator.build("body", () -> new CommunicationTest(CommTestId.random(),
                actor.office(), 0, d.title(), d.channels(), audience.stream().map(Reachable::person).toList(),
                unreachable, started, started.plus(Duration.ofMinutes(d.openMinutes())),
                new Target(d.targetPercent(), d.targetMinutes()), actor.subject(), TestPurpose.scheduled()));
        CommunicationTest saved = tests.save(test);
        broadcaster.requestAfterStart(saved, audience);
        return saved;
    }

    @Override
    public int resend(Actor actor, CommTestId id) {
        CommunicationTest test = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        return broadcaster.request(test, directory.persons(actor, test.audience()));
    }

    @Override
    public CheckInReceipt checkIn(Actor actor, CommTestId id, CheckInDetails d) {
        validator.validate(d);
        if (d.channel() == Channel.IN_PERSON) {
            throw InvalidCommandException.of("channel", "must not be IN_PERSON: an answer obtained in person is"
                    + " recorded on the person's behalf, with who recorded it");
        }
        Answering open = answering(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CommunicationTest test = open.test();
        guard.require(actor, Operation.WRITE, AlertingData.ACCOUNTABILITY,
                AccessTarget.person(test.office(), d.person(), Optional.empty(), Optional.empty()), AuditAction.UPDATE,
                TYPE, id.toString());
        if (!open.audience().contains(d.person())) {
            throw InvalidCommandException.of("person", "was not asked in this test");
        }
        Instant now = clock.instant();
        Instant at = Optional.ofNullable(d.at()).orElse(now);
        if (at.isBefore(test.startedAt()) || at.isAfter(now.plus(SKEW))) {
            throw InvalidCommandException.of("at", "must be between the test's start and now");
        }
        return record(test, new CheckIn(d.person(), d.answer(), d.channel(), at, at.isAfter(test.closesAt())));
    }

    @Override
    public CheckInReceipt answerFor(Actor actor, CommTestId id, AnswerOnBehalfDetails d) {
        validator.validate(d);
        if (!OBTAINED.contains(d.channel())) {
            throw InvalidCommandException.of("channel", "must be one of " + OBTAINED + ": how the answer was obtained");
        }
        Answering open = answering(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        CommunicationTest test = open.test();
        Optional<WardenZoneId> zone = test.incident().flatMap(i -> i.affected().stream()
                .filter(a -> a.person().equals(d.person())).findFirst()).flatMap(Incident.Affected::zone);
        AccessDecision decision = guard.check(actor, Operation.WRITE, AlertingData.ACCOUNTABILITY,
                AccessTarget.person(test.office(), d.person(), Optional.empty(), zone));
        if (decision.granted() && !mayAnswerFor(actor, zone)) {
            decision = new AccessDecision.Denied("only the security officer, an associate, the SOC or the person's"
                    + " warden record an answer on someone's behalf; actor '" + actor.subject() + "' is none of them"
                    + " for this person");
        }
        guard.record(actor, AuditAction.UPDATE, TYPE + "-answer-on-behalf", id.toString(),
                AlertingData.ACCOUNTABILITY, decision, List.of(d.person()));
        if (!decision.granted()) {
            throw new AccessDeniedException(decision.reason());
        }
        if (!open.audience().contains(d.person())) {
            throw InvalidCommandException.of("person", "was not asked in this test");
        }
        Instant now = clock.instant();
        Instant earliest = test.incident().map(Incident::at).orElse(test.startedAt());
        if (d.obtainedAt().isBefore(earliest)) {
            throw InvalidCommandException.of("obtainedAt", "must not be before " + (test.rollCall() ? "the incident"
                    : "the test's start") + " (" + earliest + ")");
        }
        if (d.obtainedAt().isAfter(now.plus(SKEW))) {
            throw InvalidCommandException.of("obtainedAt", "must not be in the future");
        }
        return record(test, new CheckIn(d.person(), d.answer(), d.channel(), d.obtainedAt(),
                d.obtainedAt().isAfter(test.closesAt()), Optional.of(new CheckIn.OnBehalf(actor.subject(), now))));
    }

    /** The security roles and the SOC answer for anyone asked, a warden for the persons of their zones. */
    private static boolean mayAnswerFor(Actor actor, Optional<WardenZoneId> zone) {
        return actor.has(Role.SECURITY_OFFICER) || actor.has(Role.SECURITY_ASSOCIATE) || actor.has(Role.SOC_OPERATOR)
                || actor.has(Role.WARDEN) && zone.filter(actor.wardenZones()::contains).isPresent();
    }

    /** Records the answer unless it repeats the latest, and tells the officer what they must know. */
    private CheckInReceipt record(CommunicationTest test, CheckIn checkIn) {
        CommTestId id = test.id();
        Optional<CheckIn> before = checkIns.latestOf(id, checkIn.person());
        if (!checkIns.record(id, checkIn)) {
            CheckIn standing = checkIns.latestOf(id, checkIn.person()).orElse(checkIn);
            return new CheckInReceipt(standing, false, "not recorded again: " + standing.answer()
                    + " was already recorded at " + standing.at());
        }
        boolean help = checkIn.answer() == Answer.NEEDS_HELP;
        if (help || before.isPresent()) {
            tellOfficer(test, checkIn, before);
        }
        return new CheckInReceipt(checkIn, true, "recorded: " + checkIn.answer() + before.map(b -> " after "
                + b.answer() + " at " + b.at()).orElse("") + (help ? "; the officer on call is told at once"
                : before.isPresent() ? "; the officer on call is told and decides" : ""));
    }

    /**
     * Tells the officer on call of a "needs help", or of a changed answer, under an id of its own: the
     * first "needs help" keeps the id it always had, each later answer's id adds its number.
     */
    private void tellOfficer(CommunicationTest test, CheckIn checkIn, Optional<CheckIn> before) {
        PersonId person = checkIn.person();
        int n = checkIns.answersOf(test.id(), person).size();
        String key = before.isEmpty() ? "help-" + person : "help-" + person + "-" + n;
        String who = test.incident().flatMap(i -> i.affected().stream()
                .filter(a -> a.person().equals(person)).findFirst().map(a -> a.name() + " ("
                        + a.reasons().get(0).text() + ")")).orElse("person " + person);
        MessageTexts texts = broadcaster.texts();
        MessageKind kind = before.isEmpty() ? MessageKind.OFFICER_NEEDS_HELP
                : checkIn.answer() == Answer.NEEDS_HELP ? MessageKind.OFFICER_HELP_AFTER_SAFE
                : MessageKind.OFFICER_SAFE_AFTER_HELP;
        Map<String, String> values = new HashMap<>(Map.of("name", who, "title", test.title(),
                "at", texts.at(test.office(), checkIn.at()), "channel", checkIn.channel().name()));
        before.ifPresent(b -> values.put("before", texts.clock(test.office(), b.at())));
        // the officer on call is a duty phone, not a person: the office's default language
        officers.tell(test.office(), test.noticeId(key), texts.render(test.office(), kind, Optional.empty(), values));
    }

    @Override
    public ReplyReceipt reply(Actor actor, Channel channel, String from, Answer answer, Instant at) {
        if (answer == null) {
            throw InvalidCommandException.of("answer", "must be given");
        }
        if (from == null || from.isBlank()) {
            throw InvalidCommandException.of("from", "must name the address the reply came from");
        }
        if (from.length() > MAX_FROM) {
            throw InvalidCommandException.of("from", "must be at most " + MAX_FROM + " characters");
        }
        Instant now = clock.instant();
        List<OutboundMessage> sent = broadcaster.sentTo(actor.office(), from);
        CommunicationTest chosen = null;
        PersonId person = null;
        for (int i = sent.size() - 1; i >= 0; i--) {
            OutboundMessage m = sent.get(i);
            Optional<CommunicationTest> test = m.recipient().isEmpty() ? Optional.empty()
                    : CommunicationTest.testOf(m.id()).flatMap(this::answering)
                    .filter(a -> a.audience().contains(m.recipient().get())).map(Answering::test);
            if (test.isPresent() && (chosen == null || test.get().closesAt().isAfter(now))) {
                chosen = test.get();
                person = m.recipient().get();
                if (chosen.closesAt().isAfter(now)) {
                    break;
                }
            }
        }
        if (chosen == null) {
            throw InvalidCommandException.of("from", "is an address no check-in request was sent to");
        }
        return ReplyReceipt.of(chosen.id(), chosen.title(), chosen.rollCall(), checkIn(actor, chosen.id(),
                new CheckInDetails(person, answer, channel, at)));
    }

    /** A test being answered, with its audience as a set. */
    private record Answering(CommunicationTest test, Set<PersonId> audience) {
    }

    /**
     * The test an answer is for, kept for the few latest tests answered: answers arrive by the
     * thousand per second, and nothing an answer depends on (office, audience, start, close, title,
     * the incident's affected persons) changes once a test has started. Only escalation times
     * change, and answers do not read them. A test not yet kept is read once however many answers
     * to it arrive together (the first answers of a large test come in a burst, and reading it, its
     * audience whole, costs far more than an answer): the others wait for that read.
     */
    private Optional<Answering> answering(CommTestId id) {
        Loading loading;
        synchronized (answering) {
            Answering known = answering.get(id);
            if (known != null) {
                return Optional.of(known);
            }
            loading = loadings.computeIfAbsent(id, k -> new Loading());
        }
        try {
            return loading.get(() -> tests.findById(id).map(t -> new Answering(t, Set.copyOf(t.audience()))));
        } finally {
            synchronized (answering) {
                loading.done().ifPresent(a -> answering.put(id, a));
                loadings.remove(id, loading);
            }
        }
    }

    /**
     * One read of a test for the answers waiting on it: the first caller reads, the others wait
     * and take what it read; when the read fails the next caller reads again.
     */
    private static final class Loading {
        private boolean loaded;
        private Optional<Answering> result = Optional.empty();

        synchronized Optional<Answering> get(Supplier<Optional<Answering>> read) {
            if (!loaded) {
                result = read.get();
                loaded = true;
            }
            return result;
        }

        synchronized Optional<Answering> done() {
            return loaded ? result : Optional.empty();
        }
    }

    @Override
    public CommunicationTest get(Actor actor, CommTestId id) {
        return records.get(actor, id);
    }

    @Override
    public TestResult result(Actor actor, CommTestId id) {
        return scored(records.get(actor, id));
    }

    @Override
    public Page<TestResult> history(Actor actor, PageRequest page) {
        return records.list(actor, page).map(this::scored);
    }

    @Override
    public Trend trend(Actor actor, Instant from, Instant to) {
        TimeWindow period = CommandValidator.build("to", () -> new TimeWindow(from, to));
        if (Duration.between(from, to).compareTo(Duration.ofDays(3 * 366)) > 0) {
            throw InvalidCommandException.of("to", "must be at most three years after from");
        }
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        List<Trend.Point> points = new ArrayList<>();
        for (CommunicationTest t : Page.all(page -> tests.list(actor.office(), page))) {
            if (!t.startedAt().isBefore(from) && t.startedAt().isBefore(to)) {
                Score s = Score.of(t, checkIns.of(t.id()), clock.instant());
                points.add(new Trend.Point(t.id(), t.title(), t.rollCall(), t.startedAt(), s.audience(),
                        s.responseRate(), s.timeTo90(), s.targetMet()));
            }
        }
        points.sort(Comparator.comparing(Trend.Point::startedAt).thenComparing(p -> p.id().toString()));
        return Trend.of(period, points);
    }

    private TestResult scored(CommunicationTest test) {
        RequestDeliveries deliveries = broadcaster.deliveries(test);
        return new TestResult(test, Score.of(test, checkIns.of(test.id()), clock.instant(),
                deliveries.undelivered()), deliveries);
    }

    private List<Reachable> audience(Actor actor, Optional<String> category) {
        return Page.all(page -> directory.reachable(actor, category, page));
    }
}
