package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunicationTestTest {
    private final PersonId ana = PersonId.random();
    private final CommunicationTest test = new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 0, "T",
            Set.of(Channel.SMS), List.of(ana), List.of(), Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-01T01:00:00Z"), new Target(90, 60), "officer", TestPurpose.scheduled());

    @Test
    void every_message_about_a_test_leads_back_to_it_and_nothing_else_does() {
        assertThat(CommunicationTest.testOf(test.messageId(ana, Channel.SMS))).contains(test.id());
        assertThat(CommunicationTest.testOf(test.noticeId("officer"))).contains(test.id());
        assertThat(CommunicationTest.testOf(test.id().toString())).isEmpty();
        assertThat(CommunicationTest.testOf("m-" + test.id())).isEmpty();
        assertThat(CommunicationTest.testOf("not-a-test-id-at-all-but-long-enough-x-y")).isEmpty();
    }

    @Test
    void a_test_stays_open_a_week_at_most() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(opening(start, Instant.parse("2026-01-08T00:00:00Z")).closesAt())
                .isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
        assertThatThrownBy(() -> opening(start, Instant.parse("2026-01-08T00:00:01Z")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("closesAt")
                .hasMessageContaining("10080 minutes");
    }

    private CommunicationTest opening(Instant start, Instant close) {
        return new CommunicationTest(CommTestId.random(), OfficeId.of("MX-MEX"), 0, "T", Set.of(Channel.SMS),
                List.of(ana), List.of(), start, close, new Target(90, 60), "officer", TestPurpose.scheduled());
    }
}
