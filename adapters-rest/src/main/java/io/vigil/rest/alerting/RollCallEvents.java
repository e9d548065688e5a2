package io.vigil.rest.alerting;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.alerting.port.in.RollCallViewUseCase;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.Actor;
import io.vigil.rest.ApiException;
import io.vigil.rest.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A roll-call's changes as server-sent events (Javalin's {@link SseHandler}): the first view, then
 * the view changed since the last cursor whenever a person's state or answers (or the counts)
 * change, polled through the use case (so every event is decided and audited like a view). A stream
 * lives at most {@link Limits#lifetime()} and ends with an {@code end} event carrying the cursor to
 * reconnect with; at most {@link Limits#connections()} streams are open at once, beyond which the
 * request is refused with 429. The actor is the one authenticated when the stream opened: a revoked
 * token stops being served when the stream ends.
 */
final class RollCallEvents {
    private static final Logger LOG = LoggerFactory.getLogger(RollCallEvents.class);

    /** How many streams may be open at once, how long each lives and how often it checks for changes. */
    record Limits(int connections, Duration lifetime, Duration interval) {
        /** 16 streams, 15 minutes each, checked every 2 seconds. */
        static final Limits DEFAULT = new Limits(16, Duration.ofMinutes(15), Duration.ofSeconds(2));

        Limits {
            Require.that(connections >= 1 && connections <= 1000, "connections", "must be between 1 and 1000");
            Require.that(!lifetime.isNegative() && !lifetime.isZero() && lifetime.compareTo(Duration.ofHours(4)) <= 0,
                    "lifetime", "must be positive and at most 4 hours");
            Require.that(!interval.isNegative() && !interval.isZero() && interval.compareTo(lifetime) <= 0,
                    "interval", "must be positive and at most the lifetime");
        }
    }

    private final Http http;
    private final RollCallViewUseCase views;
    private final Limits limits;
    private final Semaphore open;

    RollCallEvents(Http http, RollCallViewUseCase views, Limits limits) {
        this.http = http;
        this.views = views;
        this.limits = limits;
        this.open = new Semaphore(limits.connections());
    }

    Limits limits() {
        return limits;
    }

    /** Serves one stream: refused before it starts if the view is (bad query, no access, unknown id). */
    void stream(Context ctx, Actor actor, CommTestId id, RollCallViewQuery query) throws Exception {
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (!accept.contains("text/event-stream")) {
            throw new ApiException(406, "Not acceptable", "send Accept: text/event-stream to open the event stream");
        }
        RollCallView first = views.view(actor, id, query);
        if (!open.tryAcquire()) {
            ctx.header("Retry-After", Long.toString(limits.interval().toSeconds() + 1));
            throw new ApiException(429, "Too many streams", "at most " + limits.connections()
                    + " roll-call event streams are open at once; retry later, or poll the view with changedSince");
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.getAndSet(false)) {
                open.release();
            }
        };
        long timeout = limits.lifetime().plus(limits.interval()).plusSeconds(30).toMillis();
        try {
            new SseHandler(timeout, client -> {
                client.onClose(release);
                follow(client, actor, id, query, first, release);
            }).handle(ctx);
        } catch (RuntimeException | Error e) {
            release.run();
            throw e;
        }
    }

    private void follow(SseClient client, Actor actor, CommTestId id, RollCallViewQuery query, RollCallView first,
                        Runnable release) {
        Instant ends = Instant.now().plus(limits.lifetime());
        RollCallView last = first;
        send(client, "view", last);
        try {
            while (!client.terminated() && Instant.now().isBefore(ends)) {
                Thread.sleep(limits.interval().toMillis());
                RollCallView next = views.view(actor, id, new RollCallViewQuery(query.state(), query.zone(),
                        query.noZone(), Optional.of(last.cursor()), query.page()));
                if (!next.persons().items().isEmpty() || !next.counts().equals(last.counts()) || next.complete()) {
                    send(client, "change", next);
                } else {
                    client.sendComment("no change at " + next.at());
                }
                last = next;
            }
            if (!client.terminated()) {
                client.sendEvent("end", json(Map.of("reason", "the stream's lifetime of " + limits.lifetime()
                        .toMinutes() + " minutes is over; reconnect with changedSince", "cursor",
                        last.cursor().toString())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("roll-call {} event stream for {} ended: {}", id, actor.subject(), e.toString());
            if (!client.terminated()) {
                client.sendEvent("end", json(Map.of("reason", "the stream failed; reconnect with changedSince",
                        "cursor", last.cursor().toString())));
            }
        } finally {
            release.run();
            client.close();
        }
    }

    private void send(SseClient client, String event, RollCallView view) {
        client.sendEvent(event, json(RollCallViewResource.from(view)), view.cursor().toString());
    }

    private String json(Object value) {
        try {
            return http.json().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
