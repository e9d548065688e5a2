package io.vigil.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.CommunicationTestsUseCase;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.resource.SmsReplyRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The endpoint an SMS provider posts replies to. It carries no bearer token: the provider signs
 * each request with the shared secret, {@code X-Vigil-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">}, and sends {@code X-Vigil-Timestamp} (Unix seconds), which must be within
 * five minutes of the server's clock, so a captured request cannot be replayed later. The reply
 * is recorded as the integration {@code sms-webhook} of the office in the path.
 */
final class SmsWebhookRoutes {
    static final String PATH = "/api/v1/inbound/sms/{office}";
    static final String SIGNATURE = "X-Vigil-Signature";
    static final String TIMESTAMP = "X-Vigil-Timestamp";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final Http http;
    private final CommunicationTestsUseCase tests;
    private final byte[] secret;
    private final Clock clock;

    SmsWebhookRoutes(Http http, CommunicationTestsUseCase tests, String secret, Clock clock) {
        this.http = http;
        this.tests = tests;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.route(HandlerType.POST, PATH, "Roll-calls",
                        "An SMS provider's reply to a check-in request (\"1\" safe, \"2\" needs help)")
                .signed("HMAC-SHA256 with the shared secret over \"<" + TIMESTAMP + ">.<body>\", as sha256=<hex>"
                        + " in " + SIGNATURE + "; the timestamp within 5 minutes")
                .body(SmsReplyRequest.class).returns(CheckIn.class)
                .handle((ctx, none) -> {
                    verify(ctx);
                    OfficeId office = Http.id(ctx, "office", OfficeId::of, "office");
                    SmsReplyRequest reply = http.body(ctx, SmsReplyRequest.class);
                    Actor provider = Actor.of("sms-webhook", office, Role.INTEGRATION);
                    http.send(ctx, 200, tests.reply(provider, Channel.SMS, reply.from(), reply.text(),
                            reply.receivedAt()));
                }));
    }

    /** The signature header value for a body sent at a timestamp: what a provider computes. */
    static String sign(byte[] secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private void verify(Context ctx) {
        String timestamp = ctx.header(TIMESTAMP);
        String signature = ctx.header(SIGNATURE);
        if (timestamp == null || signature == null) {
            throw unsigned("send " + TIMESTAMP + " and " + SIGNATURE);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw unsigned(TIMESTAMP + " must be Unix seconds");
        }
        Instant sent = Instant.ofEpochSecond(Math.max(Math.min(seconds, Instant.MAX.getEpochSecond()),
                Instant.MIN.getEpochSecond()));
        if (Duration.between(sent, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            throw unsigned(TIMESTAMP + " is more than " + TOLERANCE.toMinutes() + " minutes from the server's time");
        }
        byte[] expected = sign(secret, timestamp.strip(), ctx.body()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw unsigned(SIGNATURE + " does not match the body and timestamp");
        }
    }

    private static ApiException unsigned(String detail) {
        return new ApiException(401, "Unauthorized", detail);
    }
}
