package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;

/**
 * Communication tests: broadcast a check-in request, collect answers, score the result. Security
 * roles and the SOC run them; each person answers for themself (or the SOC on their behalf);
 * managers read the scores.
 */
public interface CommunicationTestsUseCase {
    /** Starts a test: resolves its audience, records it, and sends the request to everyone reachable. */
    CommunicationTest start(Actor actor, CommTestDetails details);

    /** Sends the test's requests again; already sent ones are not repeated. Returns how many went out now. */
    int resend(Actor actor, CommTestId id);

    /**
     * Records an answer: a person's first answer, and every change of answer after it (a "needs help"
     * after "safe" reaches the officer on call at once, as a first "needs help" does; a "safe" after
     * "needs help" is recorded and the officer told, who decides). The same answer as the person's
     * latest is not recorded again. A late answer is recorded as late. The first answer is the one
     * timed in the score.
     */
    CheckInReceipt checkIn(Actor actor, CommTestId id, CheckInDetails details);

    /**
     * Records an answer obtained for a person by phone, radio or in person, on their behalf, as
     * {@link #checkIn} records an answer (a change of answer is recorded, a repeat is not; "needs
     * help" reaches the officer on call at once), with the time it was obtained and who recorded it
     * ({@link io.vigil.alerting.domain.CheckIn.OnBehalf}). Only the security officer, an associate,
     * the SOC or the person's warden (of the zone the roll-call gives them) may; audited naming the
     * person.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code obtainedAt} when it is
     *         before the incident (a scheduled test's start) or in the future, {@code channel} when
     *         it is not PHONE, RADIO or IN_PERSON, {@code person} when they were not asked
     */
    CheckInReceipt answerFor(Actor actor, CommTestId id, AnswerOnBehalfDetails details);

    /**
     * Records an answer that came back on a channel from an address (an SMS provider's webhook,
     * which reads the answer out of the reply's text). It answers the latest test or roll-call whose
     * request was sent to that address, preferring one still open.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code from} when it is blank or
     *         longer than 40 characters, or no request was ever sent to the address
     */
    ReplyReceipt reply(Actor actor, Channel channel, String from, Answer answer, Instant at);

    CommunicationTest get(Actor actor, CommTestId id);

    /** The test with its score now. */
    TestResult result(Actor actor, CommTestId id);

    /** The office's tests with their scores, latest first: the history from which the trend is read. */
    Page<TestResult> history(Actor actor, PageRequest page);

    /**
     * The tests and roll-calls started in [from, to), oldest first, and which way they are
     * heading; the period is at most three years.
     */
    Trend trend(Actor actor, Instant from, Instant to);
}
