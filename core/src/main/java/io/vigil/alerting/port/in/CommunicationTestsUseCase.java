package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

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

    /** Records an answer; a duplicate returns the first answer, a late one is recorded as late. */
    CheckIn checkIn(Actor actor, CommTestId id, CheckInDetails details);

    CommunicationTest get(Actor actor, CommTestId id);

    /** The test with its score now. */
    TestResult result(Actor actor, CommTestId id);

    /** The office's tests with their scores, latest first: the history from which the trend is read. */
    Page<TestResult> history(Actor actor, PageRequest page);
}
