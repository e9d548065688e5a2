package io.vigil.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "a-shared-secret-of-some-length";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private final WebhookSignature signature = new WebhookSignature(SECRET);

    private boolean accepted(long seconds) {
        String timestamp = Long.toString(seconds);
        String body = "{\"from\":\"+52 55 1234 5678\",\"text\":\"1\"}";
        return signature.problem(timestamp, signature.sign(timestamp, body), body, NOW, WINDOW).isEmpty();
    }

    @Test
    void a_signed_body_is_accepted_inside_the_window_and_refused_outside_it() {
        long now = NOW.getEpochSecond();
        assertThat(accepted(now)).isTrue();
        assertThat(accepted(now - 300)).isTrue();
        assertThat(accepted(now + 300)).isTrue();
        assertThat(accepted(now - 301)).isFalse();
        assertThat(accepted(now + 301)).isFalse();
    }

    @Test
    void a_timestamp_2_to_the_63_seconds_away_does_not_pass_by_overflow() {
        long now = NOW.getEpochSecond();
        assertThat(accepted(now + Long.MIN_VALUE)).as("now - 2^63").isFalse();
        assertThat(accepted(Long.MIN_VALUE)).isFalse();
        assertThat(accepted(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void a_signature_for_an_office_verifies_for_that_office_only() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String body = "{\"text\":\"1\"}";
        String forMexico = signature.sign(timestamp, "MX-MEX", body);
        assertThat(signature.problem(timestamp, forMexico, "MX-MEX", body, NOW, WINDOW)).isEmpty();
        assertThat(signature.problem(timestamp, forMexico, "CF-BGF", body, NOW, WINDOW)).isPresent();
        assertThat(signature.problem(timestamp, forMexico, body, NOW, WINDOW)).as("unscoped").isPresent();
        assertThat(forMexico).isNotEqualTo(signature.sign(timestamp, body));
    }
}
