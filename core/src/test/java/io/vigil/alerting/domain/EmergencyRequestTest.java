package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An emergency request is open until closed with its final response, and takes no response after. */
class EmergencyRequestTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private static EmergencyRequest open() {
        return new EmergencyRequest(RequestId.random(), OfficeId.of("MX-MEX"), 1, T0, "Ana", "+52 55 1111 2222",
                "car accident on Periférico", Optional.empty(), "Duty", List.of(), new RequestState.Open());
    }

    private static List<String> reasons(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).reasons();
    }

    @Test
    void an_open_request_takes_a_response_and_stays_open() {
        ResponseEntry called = new ResponseEntry(T0.plusSeconds(60), "duty", "called back");
        EmergencyRequest answered = open().respond(called).orElseThrow();
        assertThat(answered.responses()).containsExactly(called);
        assertThat(answered.state()).isEqualTo(new RequestState.Open());
        assertThat(answered.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(answered.closedAt()).isEmpty();
    }

    @Test
    void closing_adds_the_final_response_and_records_when() {
        ResponseEntry arrived = new ResponseEntry(T0.plusSeconds(600), "duty", "ambulance arrived");
        EmergencyRequest closed = open().close(arrived).orElseThrow();
        assertThat(closed.state()).isEqualTo(new RequestState.Closed(T0.plusSeconds(600)));
        assertThat(closed.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.closedAt()).contains(T0.plusSeconds(600));
        assertThat(closed.responses()).containsExactly(arrived);
    }

    @Test
    void a_closed_request_takes_no_more_responses() {
        EmergencyRequest closed = open().close(new ResponseEntry(T0.plusSeconds(600), "duty", "ambulance arrived"))
                .orElseThrow();
        assertThat(reasons(closed.respond(new ResponseEntry(T0.plusSeconds(900), "duty", "late"))))
                .containsExactly("the request was closed at 2026-03-01T12:10:00Z and takes no more responses");
    }

    @Test
    void a_closed_request_is_not_closed_again() {
        EmergencyRequest closed = open().close(new ResponseEntry(T0.plusSeconds(600), "duty", "ambulance arrived"))
                .orElseThrow();
        assertThat(reasons(closed.close(new ResponseEntry(T0.plusSeconds(900), "duty", "closed again"))))
                .containsExactly("the request was closed at 2026-03-01T12:10:00Z and takes no more responses");
    }

    @Test
    void a_response_before_the_request_was_received_is_invalid_input() {
        assertThatThrownBy(() -> open().respond(new ResponseEntry(T0.minusSeconds(1), "duty", "early")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("responses must not be before the request was received");
    }

    @Test
    void a_stored_status_and_closing_time_give_the_state_they_name() {
        assertThat(RequestState.of(RequestStatus.OPEN, Optional.empty())).isEqualTo(new RequestState.Open());
        assertThat(RequestState.of(RequestStatus.CLOSED, Optional.of(T0))).isEqualTo(new RequestState.Closed(T0));
        assertThatThrownBy(() -> RequestState.of(RequestStatus.OPEN, Optional.of(T0)))
                .hasMessage("closedAt must be set exactly when the request is closed");
        assertThatThrownBy(() -> RequestState.of(RequestStatus.CLOSED, Optional.empty()))
                .hasMessage("closedAt must be set exactly when the request is closed");
    }
}
