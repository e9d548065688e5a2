package io.vigil.rest.alerting;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.alerting.port.in.SmsRepliesUseCase;
import io.vigil.json.WebhookSignature;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.rest.ApiException;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The endpoint an SMS provider posts replies to. It carries no bearer token: the provider signs
 * each request with the shared secret, {@code X-Vigil-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<office>.<body>">} (the office of the path, so a request signed for one office is
 * refused by another's), and sends {@code X-Vigil-Timestamp} (Unix seconds), which must be within
 * five minutes of the server's clock, so a captured request cannot be replayed later; within
 * those minutes each signature is accepted once ({@link SeenSignatures}). The text is read with
 * the reply words of every language, or as a call-in or flash report from the field, and the sender
 * answered by SMS in their language ({@link SmsRepliesUseCase#read}), as the integration
 * {@code sms-webhook} of the office in the path.
 */
final class SmsWebhookRoutes {
    static final String PATH = "/api/v1/inbound/sms/{office}";
    static final String SIGNATURE = WebhookSignature.SIGNATURE_HEADER;
    static final String TIMESTAMP = WebhookSignature.TIMESTAMP_HEADER;
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** Signed requests remembered at once, within the window: far beyond an office's replies in 10 minutes. */
    static final int REMEMBERED = 100_000;

    private final Http http;
    private final SmsRepliesUseCase replies;
    private final WebhookSignature signature;
    private final Clock clock;
    private final SeenSignatures seen;

    SmsWebhookRoutes(Http http, SmsRepliesUseCase replies, String secret, Clock clock) {
        this.http = http;
        this.replies = replies;
        this.signature = new WebhookSignature(secret);
        this.clock = clock;
        this.seen = new SeenSignatures(clock, TOLERANCE, REMEMBERED);
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.route(HandlerType.POST, PATH, "Roll-calls",
                        "An SMS the office's number received: a reply to a check-in request (\"1\" or a safe word,"
                                + " \"2\" or a help word, in en, es or fr), a call-in from a movement under way"
                                + " (\"OK 14:30 PK12\") or a flash report (\"FLASH ARMED shots near the bridge\");"
                                + " the sender is answered by SMS in their language")
                .operationId("receiveSmsReply")
                .signed("HMAC-SHA256 with the shared secret over \"<" + TIMESTAMP + ">.<office>.<body>\" (the office"
                        + " of the path), as sha256=<hex>"
                        + " in " + SIGNATURE + "; the timestamp within 5 minutes")
                .body(SmsReplyRequest.class).returns(ReplyResource.class)
                .handle((ctx, none) -> {
                    verify(ctx);
                    OfficeId office = Http.id(ctx, "office", OfficeId::of, "office");
                    SmsReplyRequest reply = http.body(ctx, SmsReplyRequest.class);
                    Actor provider = Actor.of("sms-webhook", office, Role.INTEGRATION);
                    http.send(ctx, 200, ReplyResource.from(replies.read(provider, reply.from(), reply.text(),
                            reply.receivedAt())));
                }));
    }

    private void verify(Context ctx) {
        signature.problem(ctx.header(TIMESTAMP), ctx.header(SIGNATURE), ctx.pathParam("office"), ctx.body(),
                        clock.instant(), TOLERANCE)
                .ifPresent(problem -> {
                    throw unsigned(problem);
                });
        Instant stamped = Instant.ofEpochSecond(Long.parseLong(ctx.header(TIMESTAMP).strip()));
        switch (seen.take(ctx.header(SIGNATURE).strip(), stamped)) {
            case REPLAY -> throw unsigned("this signed request was already received: sign each request afresh");
            case FULL -> throw new ApiException(503, "Service unavailable",
                    "too many signed requests in the last " + TOLERANCE.toMinutes() + " minutes; try again later");
            case FIRST -> { }
        }
    }

    private static ApiException unsigned(String detail) {
        return new ApiException(401, "Unauthorized", detail);
    }
}
