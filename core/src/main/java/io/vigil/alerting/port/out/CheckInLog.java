package io.vigil.alerting.port.out;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.kernel.PersonId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the answers to communication tests, one per person and test. The first answer
 * counts; a duplicate (the same person again, by any channel) is not recorded.
 */
public interface CheckInLog {
    /** The order of {@link #of}: by time, ties by person. */
    Comparator<CheckIn> BY_TIME = Comparator.comparing(CheckIn::at).thenComparing(c -> c.person().toString());

    /** Records the answer unless the person already answered this test; returns whether it was recorded. */
    boolean record(CommTestId test, CheckIn checkIn);

    /** The answers to the test. */
    List<CheckIn> of(CommTestId test);

    /** The person's answer to the test, if any; adapters should override this scan with a lookup. */
    default Optional<CheckIn> answerOf(CommTestId test, PersonId person) {
        return of(test).stream().filter(c -> c.person().equals(person)).findFirst();
    }
}
