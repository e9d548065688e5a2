package io.vigil.files.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.files.AtomicFiles;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox ({@link MessageGateway}) as a journal file, {@code outbox.jsonl} in its directory: one
 * JSON line per message queued and one per attempt's outcome, appended and forced to disk before
 * the call returns, so a message acknowledged as queued survives a crash. A batch
 * ({@link #sendAll}) is one append and one sync, whatever its size. A write that fails is cut off
 * again, leaving the journal as it was; a line torn by a crash (never acknowledged) is skipped
 * when the journal is read. The journal is compacted (one line per message, or two) when opened.
 * The messages of release 0.1 ({@code <id>.json}, one file each, written once delivered) are read
 * as sent. Leases live in memory: the file store serves one process (for several instances, use
 * the JDBC outbox).
 */
public final class FileOutbox implements MessageGateway {
    private static final Logger LOG = LoggerFactory.getLogger(FileOutbox.class);
    static final String JOURNAL = "outbox.jsonl";

    /** One journal line: a message queued, or the state of message {@code id} after an attempt. */
    record Line(OutboundMessage queued, String id, String state, Integer attempts, Instant at, String error) {
        static Line of(OutboundMessage m) {
            return new Line(m, null, null, null, null, null);
        }

        static Line of(String id, DeliveryState s) {
            if (s instanceof DeliveryState.Queued q) {
                return new Line(null, id, "QUEUED", q.attempts(), q.dueAt(), q.lastError().orElse(null));
            }
            if (s instanceof DeliveryState.Sent sent) {
                return new Line(null, id, "SENT", sent.attempts(), sent.at(), null);
            }
            DeliveryState.Failed f = (DeliveryState.Failed) s;
            return new Line(null, id, "FAILED", f.attempts(), f.at(), f.lastError());
        }

        DeliveryState toState() {
            return switch (state) {
                case "QUEUED" -> new DeliveryState.Queued(attempts, at, Optional.ofNullable(error));
                case "SENT" -> new DeliveryState.Sent(attempts, at);
                case "FAILED" -> new DeliveryState.Failed(attempts, at, error);
                default -> throw new IllegalArgumentException("unknown state " + state);
            };
        }
    }

    private record Entry(OutboundMessage message, DeliveryState state, String owner, Instant leaseUntil) {
    }

    private final Path journal;
    private final ObjectMapper json;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<String>> byAddress = new HashMap<>();
    /** The ids of the messages in state queued, so that a claim does not read the whole history. */
    private final Set<String> pending = new LinkedHashSet<>();

    public FileOutbox(Path dir, ObjectMapper json) {
        this.journal = dir.resolve(JOURNAL);
        this.json = json;
        try {
            Files.createDirectories(dir);
            readReleased(dir);
            int lines = readJournal();
            if (!Files.exists(journal) || lines > 2 * entries.size() + 100) {
                compact();
            }
        } catch (IOException e) {
            throw new StorageException("cannot open the outbox in " + dir, e);
        }
    }

    private void readReleased(Path dir) {
        new JsonDirectory<>(dir, json, OutboundMessage.class, OutboundMessage::id).stream()
                .sorted(Comparator.comparing(OutboundMessage::queuedAt).thenComparing(OutboundMessage::id))
                .forEach(m -> put(m, new DeliveryState.Sent(1, m.queuedAt())));
    }

    private int readJournal() throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        int n = 0;
        for (String text : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            n++;
            if (text.isBlank()) {
                continue;
            }
            try {
                apply(json.readValue(text, Line.class));
            } catch (IOException | RuntimeException torn) {
                LOG.warn("Outbox {}: line {} is unreadable (cut off by a crash?) and skipped", journal, n);
            }
        }
        return n;
    }

    private void apply(Line line) {
        if (line.queued() != null) {
            if (!entries.containsKey(line.queued().id())) {
                put(line.queued(), DeliveryState.queued(line.queued().queuedAt()));
            }
        } else {
            Entry e = entries.get(line.id());
            if (e != null) {
                change(e, line.toState(), null, null);
            }
        }
    }

    private void change(Entry e, DeliveryState state, String owner, Instant leaseUntil) {
        entries.put(e.message().id(), new Entry(e.message(), state, owner, leaseUntil));
        if (state instanceof DeliveryState.Queued) {
            pending.add(e.message().id());
        } else {
            pending.remove(e.message().id());
        }
    }

    private void put(OutboundMessage m, DeliveryState state) {
        Entry e = new Entry(m, state, null, null);
        change(e, state, null, null);
        byAddress.computeIfAbsent(addressKey(m.office(), m.address()), k -> new ArrayList<>()).add(m.id());
    }

    private static String addressKey(OfficeId office, String address) {
        return office.value() + "|" + OutboundMessage.normalise(address);
    }

    private void compact() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Entry e : entries.values()) {
            lines.add(Line.of(e.message()));
            if (!e.state().equals(DeliveryState.queued(e.message().queuedAt()))) {
                lines.add(Line.of(e.message().id(), e.state()));
            }
        }
        AtomicFiles.write(journal, bytes(lines));
    }

    private byte[] bytes(List<Line> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Line l : lines) {
            out.write(json.writeValueAsBytes(l));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Appends the lines and forces them to disk; on failure cuts the journal back to where it was. */
    private void append(List<Line> lines) {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            long before = ch.size();
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes(lines));
                ch.position(before);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(false);
            } catch (IOException e) {
                ch.truncate(before);
                throw e;
            }
        } catch (IOException e) {
            throw new StorageException("cannot write the outbox " + journal, e);
        }
    }

    @Override
    public boolean send(OutboundMessage message) {
        return sendAll(List.of(message)) == 1;
    }

    @Override
    public synchronized int sendAll(List<OutboundMessage> messages) {
        Map<String, OutboundMessage> fresh = new LinkedHashMap<>();
        for (OutboundMessage m : messages) {
            if (!entries.containsKey(m.id())) {
                fresh.putIfAbsent(m.id(), m);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        append(fresh.values().stream().map(Line::of).toList());
        fresh.values().forEach(m -> put(m, DeliveryState.queued(m.queuedAt())));
        return fresh.size();
    }

    @Override
    public synchronized boolean wasSent(OfficeId office, String id) {
        Entry e = entries.get(id);
        return e != null && e.message().office().equals(office);
    }

    @Override
    public synchronized List<OutboundMessage> sent(OfficeId office) {
        return entries.values().stream().map(Entry::message).filter(m -> m.office().equals(office)).toList();
    }

    @Override
    public synchronized List<OutboundMessage> sentTo(OfficeId office, String address) {
        return byAddress.getOrDefault(addressKey(office, address), List.of()).stream()
                .map(id -> entries.get(id).message()).toList();
    }

    @Override
    public synchronized List<Delivery> deliveries(OfficeId office, String idPrefix) {
        return entries.values().stream().filter(e -> e.message().office().equals(office)
                && e.message().id().startsWith(idPrefix)).map(e -> new Delivery(e.message(), e.state())).toList();
    }

    @Override
    public synchronized List<Delivery> claim(Channel channel, String owner, Instant now, Instant leaseUntil, int max) {
        List<Entry> due = pending.stream().map(entries::get).filter(e -> e.message().channel() == channel
                        && e.state() instanceof DeliveryState.Queued q && !q.dueAt().isAfter(now)
                        && (e.leaseUntil() == null || !e.leaseUntil().isAfter(now)))
                .sorted(Comparator.comparing(e -> ((DeliveryState.Queued) e.state()).dueAt()))
                .limit(Math.max(0, max)).toList();
        due.forEach(e -> change(e, e.state(), owner, leaseUntil));
        return due.stream().map(e -> new Delivery(e.message(), e.state())).toList();
    }

    @Override
    public synchronized boolean record(String id, String owner, DeliveryState outcome) {
        Entry e = entries.get(id);
        if (e == null || !owner.equals(e.owner())) {
            return false;
        }
        append(List.of(Line.of(id, outcome)));
        change(e, outcome, null, null);
        return true;
    }
}
