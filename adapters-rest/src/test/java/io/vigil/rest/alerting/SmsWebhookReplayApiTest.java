package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.SMS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.json.WebhookSignature;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import io.vigil.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsWebhookReplayApiTest extends ApiTestBase {

    private Reply signed(String body, String timestamp) {
        return api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of(
                SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                new WebhookSignature(SMS_SECRET).sign(timestamp, OFFICE.value(), body)));
    }

    @Test
    void a_signed_request_replayed_inside_the_window_is_refused() {
        String body = "{\"from\":\"+1 202 555 0100\",\"text\":\"1\"}";
        String timestamp = Long.toString(fixture.clock.instant().getEpochSecond());
        Reply first = signed(body, timestamp);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(400);
        Reply replay = signed(body, timestamp);
        assertThat(replay.status()).as(replay.raw().body()).isEqualTo(401);
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat(replay.json().path("detail").asText()).contains("already received");
        Reply resigned = signed(body, Long.toString(fixture.clock.instant().getEpochSecond() + 1));
        assertThat(resigned.status()).as("signed afresh, the same text is read again").isEqualTo(400);
    }

    @Test
    void a_request_signed_for_one_office_is_refused_by_another_offices_endpoint() {
        String body = "{\"from\":\"+1 202 555 0199\",\"text\":\"1\"}";
        String timestamp = Long.toString(fixture.clock.instant().getEpochSecond());
        Reply elsewhere = api.postWithHeaders("/api/v1/inbound/sms/CF-BGF", body, Map.of(
                SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                new WebhookSignature(SMS_SECRET).sign(timestamp, OFFICE.value(), body)));
        assertThat(elsewhere.status()).as(elsewhere.raw().body()).isEqualTo(401);
        assertThat(elsewhere.json().path("detail").asText()).contains("office");
        Reply unscoped = api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of(
                SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                new WebhookSignature(SMS_SECRET).sign(timestamp, body)));
        assertThat(unscoped.status()).as("signed without the office").isEqualTo(401);
        Reply home = signed(body, timestamp);
        assertThat(home.status()).as("signed for the office of the path, it is read").isEqualTo(400);
    }

    @Test
    void a_timestamp_2_to_the_63_seconds_in_the_past_is_refused() {
        Reply r = signed("{\"from\":\"+1 202 555 0100\",\"text\":\"1\"}",
                Long.toString(fixture.clock.instant().getEpochSecond() + Long.MIN_VALUE));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(401);
    }

    @Test
    void seen_signatures_are_forgotten_once_out_of_the_window_and_bounded_meanwhile() {
        MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
        SeenSignatures seen = new SeenSignatures(clock, Duration.ofMinutes(5), 2);
        Instant now = clock.instant();
        assertThat(seen.take("a", now)).isEqualTo(SeenSignatures.Outcome.FIRST);
        assertThat(seen.take("a", now)).isEqualTo(SeenSignatures.Outcome.REPLAY);
        assertThat(seen.take("b", now.minusSeconds(60))).isEqualTo(SeenSignatures.Outcome.FIRST);
        assertThat(seen.take("c", now)).as("two live signatures fill a capacity of two")
                .isEqualTo(SeenSignatures.Outcome.FULL);
        clock.advance(Duration.ofMinutes(4).plusSeconds(1));
        assertThat(seen.take("c", clock.instant())).as("b's timestamp has left the window")
                .isEqualTo(SeenSignatures.Outcome.FIRST);
        assertThat(seen.take("a", now)).isEqualTo(SeenSignatures.Outcome.REPLAY);
        clock.advance(Duration.ofMinutes(1));
        assertThat(seen.size()).isEqualTo(2);
        assertThat(seen.take("d", clock.instant())).isEqualTo(SeenSignatures.Outcome.FIRST);
        assertThat(seen.size()).as("a has been forgotten").isEqualTo(2);
    }
}
