package io.vigil.messaging;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.Require;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox ({@link MessageGateway}) in the background: for each channel with a
 * {@link Transport}, {@link Settings#threadsPerChannel} workers claim due messages in batches under
 * a lease, hand each to the transport once per claim and record the outcome: sent; queued again
 * after a retryable failure, {@link RetryPolicy#delayAfter exponentially later}; or failed for good
 * after a final failure or the last attempt, with the last error. A slow channel never holds up
 * another. Channels without a transport are left queued (the status shows them so).
 *
 * <p>Several dispatchers (one per app instance) may share one outbox: a lease is held by one owner
 * at a time, so no message is handed to a transport twice while its lease lasts, and a crashed
 * instance's leases run out and its queue is taken up by the others. A message is attempted only
 * while a quarter of its batch's lease is left (the rest of a slow batch waits for the lease to run
 * out and is claimed again), so keep a quarter of the lease longer than a transport's timeout. A message delivered in the instant before a crash, before its outcome was
 * recorded, goes out again after the lease, with the same id as idempotency key (SMTP
 * {@code Message-ID}, webhook {@code Idempotency-Key}). A failure's error is kept without the
 * message's address and without Java class names: whoever may follow a roll-call reads it.
 *
 * <p>The host starts it ({@link #start()}) and stops it ({@link #close()}: no more claims, attempts
 * in progress finish within the grace period, claimed messages not attempted are handed back).
 * {@link #runOnce()} does one pass in the calling thread, for tests and hosts with their own scheduler.
 */
public final class Dispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
            "(?:nested exception is:?\\s*)?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

    /**
     * How the dispatcher works: {@code threadsPerChannel} workers per channel (1 to 16), each claiming
     * up to {@code batch} messages at a time (1 to 500) under a lease of {@code lease}, and, with nothing
     * due, looking again after {@code idlePoll}; {@code grace} is how long {@link #close()} waits for
     * attempts in progress.
     */
    public record Settings(int threadsPerChannel, int batch, Duration lease, Duration idlePoll, Duration grace) {
        public Settings {
            Require.that(threadsPerChannel >= 1 && threadsPerChannel <= 16, "threadsPerChannel",
                    "must be between 1 and 16, was " + threadsPerChannel);
            Require.that(batch >= 1 && batch <= 500, "batch", "must be between 1 and 500, was " + batch);
            Require.nonNull(lease, "lease");
            Require.that(lease.compareTo(Duration.ofSeconds(1)) >= 0, "lease", "must be at least a second");
            Require.nonNull(idlePoll, "idlePoll");
            Require.that(!idlePoll.isNegative() && !idlePoll.isZero(), "idlePoll", "must be positive");
            Require.nonNull(grace, "grace");
            Require.that(!grace.isNegative(), "grace", "must not be negative");
        }

        /** Four workers per channel, batches of 50, a two-minute lease, looking every 250 ms, 10 s grace. */
        public static Settings standard() {
            return new Settings(4, 50, Duration.ofMinutes(2), Duration.ofMillis(250), Duration.ofSeconds(10));
        }
    }

    private final MessageGateway outbox;
    private final Map<Channel, Transport> transports;
    private final RetryPolicy retry;
    private final Settings settings;
    private final Clock clock;
    private final String owner;
    private final Object idle = new Object();
    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean running;
    private ExecutorService workers;

    public Dispatcher(MessageGateway outbox, Map<Channel, Transport> transports, RetryPolicy retry, Settings settings,
                      Clock clock) {
        this.outbox = Require.nonNull(outbox, "outbox");
        this.transports = transports.isEmpty() ? Map.of() : new EnumMap<>(transports);
        this.retry = Require.nonNull(retry, "retry");
        this.settings = Require.nonNull(settings, "settings");
        this.clock = Require.nonNull(clock, "clock");
        String process = ManagementFactory.getRuntimeMXBean().getName();
        this.owner = (process.length() > 100 ? process.substring(0, 100) : process) + "-" + UUID.randomUUID();
    }

    /** The owner name this dispatcher's leases carry (unique per dispatcher). */
    public String owner() {
        return owner;
    }

    /** The channels it delivers. */
    public List<Channel> channels() {
        return List.copyOf(transports.keySet());
    }

    /** Starts the workers; a second call does nothing. */
    public synchronized Dispatcher start() {
        if (workers != null) {
            return this;
        }
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, transports.size() * settings.threadsPerChannel()), r -> {
            Thread t = new Thread(r, "vigil-delivery-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (Channel channel : transports.keySet()) {
            for (int i = 0; i < settings.threadsPerChannel(); i++) {
                workers.execute(() -> work(channel));
            }
        }
        LOG.info("Delivery of {} started ({} workers per channel, lease {})", transports.keySet(),
                settings.threadsPerChannel(), settings.lease());
        return this;
    }

    /** Looks for due messages now rather than at the next poll (after a batch was queued). */
    public void wake() {
        synchronized (idle) {
            idle.notifyAll();
        }
    }

    /**
     * One pass in the calling thread: every channel's due messages, a batch at a time, until none is
     * due; returns how many attempts were made.
     */
    public int runOnce() {
        int made = 0;
        for (Channel channel : transports.keySet()) {
            for (int n = dispatch(channel, () -> true); n > 0; n = dispatch(channel, () -> true)) {
                made += n;
            }
        }
        return made;
    }

    /** How many attempts this dispatcher made since it was built. */
    public int attemptsMade() {
        return attempts.get();
    }

    private void work(Channel channel) {
        while (running) {
            int made;
            try {
                made = dispatch(channel, () -> running);
            } catch (RuntimeException e) {
                LOG.warn("Delivery over {}: the outbox could not be read ({}); trying again", channel, e.getMessage());
                made = 0;
            }
            if (made == 0) {
                synchronized (idle) {
                    if (!running) {
                        return;
                    }
                    try {
                        idle.wait(settings.idlePoll().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Claims one batch of the channel and attempts each message while {@code go} says so; returns the attempts. */
    private int dispatch(Channel channel, java.util.function.BooleanSupplier go) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        List<Delivery> batch = outbox.claim(channel, owner, now, leaseUntil, settings.batch());
        // a message is attempted only while a quarter of the lease is left: the rest of a slow batch
        // is left to run out, then claimed again, so no other claim can have it while it is tried
        Instant lastStart = leaseUntil.minus(settings.lease().dividedBy(4));
        List<Delivery> left = new ArrayList<>(batch);
        int made = 0;
        while (!left.isEmpty()) {
            Delivery d = left.remove(0);
            if (!clock.instant().isBefore(lastStart)) {
                break;
            }
            if (!go.getAsBoolean()) {
                outbox.record(d.message().id(), owner, d.state());
                continue;
            }
            attempt(transports.get(channel), d);
            made++;
        }
        return made;
    }

    private void attempt(Transport transport, Delivery d) {
        OutboundMessage m = d.message();
        int n = d.state().attempts() + 1;
        attempts.incrementAndGet();
        DeliveryState outcome;
        try {
            transport.deliver(m);
            outcome = new DeliveryState.Sent(n, clock.instant());
        } catch (DeliveryException e) {
            outcome = failed(m, n, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            outcome = failed(m, n, "the transport failed: " + e.getMessage(), true);
        }
        try {
            if (!outbox.record(m.id(), owner, outcome)) {
                LOG.warn("Message {}: the lease ran out during the attempt; another instance has it now", m.id());
            }
        } catch (RuntimeException e) {
            LOG.warn("Message {}: the outcome of attempt {} could not be recorded ({}); it is tried again when the"
                    + " lease runs out", m.id(), n, e.getMessage());
        }
    }

    /**
     * The error as kept and shown: without the names of Java exception classes that transports'
     * libraries put in their messages ({@code java.net.ConnectException: Connection refused} is
     * {@code Connection refused}).
     */
    static String plain(String error) {
        if (error == null || error.isBlank()) {
            return "unknown error";
        }
        String plain = JAVA_NAME.matcher(error).replaceAll("").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? "unknown error" : plain;
    }

    /**
     * The error without the message's address as the far side may echo it: in any case, and for a
     * phone number also as its bare digits.
     */
    static String withoutAddress(String raw, String address) {
        String out = Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(raw)
                .replaceAll("the address");
        String normal = OutboundMessage.normalise(address);
        if (normal.length() >= 6) {
            out = out.replace(normal, "the address");
        }
        return out;
    }

    private DeliveryState failed(OutboundMessage m, int n, String raw, boolean retryable) {
        // the error is shown to whoever may follow the roll-call, not only to those who may read contacts
        String error = plain(raw == null ? null : withoutAddress(raw, m.address()));
        Instant now = clock.instant();
        if (retryable && n < retry.attempts()) {
            return new DeliveryState.Queued(n, now.plus(retry.delayAfter(n)), Optional.ofNullable(error));
        }
        LOG.warn("Message {} over {} not delivered after {} attempt(s): {}", m.id(), m.channel(), n, error);
        return new DeliveryState.Failed(n, now, error);
    }

    /** Stops claiming, lets attempts in progress finish within the grace period, hands back the rest. */
    @Override
    public synchronized void close() {
        if (workers == null) {
            return;
        }
        running = false;
        wake();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(settings.grace().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        workers = null;
        LOG.info("Delivery stopped");
    }
}
