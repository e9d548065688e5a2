package io.vigil.jdbc.alerting;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.Dialect;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JsonBody;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The outbox ({@link MessageGateway}) as the table {@code outbox} (migration V8), shared by every
 * instance on the database. A batch is one transaction: all of it is stored or none. A claim is a
 * lease taken by a conditional UPDATE of {@code owner} and {@code lease_until} on each candidate
 * row (queued, due, not leased or its lease run out): two instances racing for a row update it one
 * after the other, and the second finds the condition false, on H2, PostgreSQL and SQLite alike.
 * Plain SQL, but for the batch insert on PostgreSQL and SQLite, which skips the ids present with
 * {@code ON CONFLICT (id) DO NOTHING} (H2 reads them first).
 */
public final class JdbcOutbox implements MessageGateway {
    private static final int CHUNK = 500;
    private static final int ATTEMPTS = 10;
    /** A claim picks its rows among this many times as many due rows as it wants. */
    private static final int SPREAD = 4;
    private static final String COLUMNS = "body, state, attempts, due_at, done_at, last_error";

    private final Jdbc jdbc;
    private final JsonBody<OutboundMessage> body;

    public JdbcOutbox(DataSource dataSource) {
        this.jdbc = new Jdbc(Objects.requireNonNull(dataSource, "dataSource"));
        this.body = new JsonBody<>(VigilJson.mapper(), OutboundMessage.class, "outbound message");
    }

    @Override
    public boolean send(OutboundMessage message) {
        return sendAll(List.of(message)) == 1;
    }

    @Override
    public int sendAll(List<OutboundMessage> messages) {
        Map<String, OutboundMessage> distinct = new LinkedHashMap<>();
        messages.forEach(m -> distinct.putIfAbsent(m.id(), m));
        if (distinct.isEmpty()) {
            return 0;
        }
        for (int tries = 1; ; tries++) {
            try {
                return jdbc.inTransaction(c -> insertMissing(c, distinct));
            } catch (StorageException e) {
                if (!(e.getCause() instanceof SQLException sql && Jdbc.isConstraintViolation(sql)) || tries >= ATTEMPTS) {
                    throw e;
                }
                // another instance recorded one of these ids meanwhile: read again and insert the rest
            }
        }
    }

    private int insertMissing(Connection c, Map<String, OutboundMessage> messages) throws SQLException {
        if (Dialect.of(c) != Dialect.H2) {
            return insertIgnoringPresent(c, messages);
        }
        Set<String> present = new HashSet<>();
        List<String> ids = new ArrayList<>(messages.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            present.addAll(Jdbc.query(c, "SELECT id FROM outbox WHERE id IN (" + Jdbc.marks(chunk.size()) + ")",
                    rs -> rs.getString(1), chunk.toArray()));
        }
        int inserted = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, office_id, channel, address_key,"
                + " queued_at, state, attempts, due_at, body) VALUES (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")) {
            for (OutboundMessage m : messages.values()) {
                if (present.contains(m.id())) {
                    continue;
                }
                long at = m.queuedAt().toEpochMilli();
                Jdbc.bind(ps, m.id(), m.office().value(), m.channel().name(), OutboundMessage.normalise(m.address()),
                        at, at, body.write(m));
                ps.addBatch();
                if (++inserted % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            if (inserted % CHUNK != 0) {
                ps.executeBatch();
            }
        }
        return inserted;
    }

    /**
     * On PostgreSQL and SQLite: each row inserted unless its id is present ({@code ON CONFLICT (id)
     * DO NOTHING}), in multi-row statements whose counts are the rows inserted. No lookup first: a
     * plan made while the table was nearly empty (a fresh database's first large roll-call) would
     * scan the whole table for every chunk of ids for the rest of the transaction.
     */
    private int insertIgnoringPresent(Connection c, Map<String, OutboundMessage> messages) throws SQLException {
        List<Object[]> rows = new ArrayList<>(messages.size());
        for (OutboundMessage m : messages.values()) {
            long at = m.queuedAt().toEpochMilli();
            rows.add(new Object[] {m.id(), m.office().value(), m.channel().name(),
                    OutboundMessage.normalise(m.address()), at, "QUEUED", 0, at, body.write(m)});
        }
        return Jdbc.insertRows(c, "outbox", List.of("id", "office_id", "channel", "address_key", "queued_at", "state",
                "attempts", "due_at", "body"), rows, "ON CONFLICT (id) DO NOTHING");
    }

    @Override
    public List<OutboundMessage> sent(OfficeId office) {
        return jdbc.query("SELECT body FROM outbox WHERE office_id = ? ORDER BY queued_at, id",
                rs -> body.read(rs.getString(1)), office.value());
    }

    @Override
    public List<OutboundMessage> sentTo(OfficeId office, String address) {
        return jdbc.query("SELECT body FROM outbox WHERE office_id = ? AND address_key = ? ORDER BY queued_at, id",
                rs -> body.read(rs.getString(1)), office.value(), OutboundMessage.normalise(address));
    }

    @Override
    public boolean wasSent(OfficeId office, String id) {
        return !jdbc.query("SELECT 1 FROM outbox WHERE id = ? AND office_id = ?", rs -> 1, id, office.value())
                .isEmpty();
    }

    @Override
    public List<Delivery> deliveries(OfficeId office, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z0-9-]*")) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM outbox WHERE office_id = ? AND id LIKE ?", this::delivery,
                office.value(), idPrefix + "%");
    }

    @Override
    public List<Delivery> claim(Channel channel, String owner, Instant now, Instant leaseUntil, int max) {
        if (max <= 0) {
            return List.of();
        }
        long at = now.toEpochMilli();
        int wanted = Math.min(max, CHUNK);
        List<String> due = jdbc.query("SELECT id FROM outbox WHERE state = 'QUEUED' AND channel = ?"
                        + " AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?) ORDER BY due_at, id LIMIT ?",
                rs -> rs.getString(1), channel.name(), at, at, wanted * SPREAD);
        if (due.isEmpty()) {
            return List.of();
        }
        List<String> candidates = spread(due, wanted);
        return jdbc.inTransaction(c -> {
            List<String> won = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET owner = ?, lease_until = ?"
                    + " WHERE id = ? AND state = 'QUEUED' AND due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)")) {
                for (String id : candidates) {
                    Jdbc.bind(ps, owner, leaseUntil.toEpochMilli(), id, at, at);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                        won.add(candidates.get(i));
                    }
                }
            }
            if (won.isEmpty()) {
                return List.of();
            }
            Map<String, Delivery> byId = new LinkedHashMap<>();
            for (Delivery d : Jdbc.query(c, "SELECT " + COLUMNS + " FROM outbox WHERE owner = ? AND id IN ("
                    + Jdbc.marks(won.size()) + ")", this::delivery, concat(owner, won))) {
                byId.put(d.message().id(), d);
            }
            return won.stream().map(byId::get).filter(Objects::nonNull).toList();
        });
    }

    /**
     * Up to {@code n} of the due ids, chosen at random so that owners claiming at once mostly take
     * different rows, and kept in the order they are due, so that owners lock rows in one order.
     */
    private static List<String> spread(List<String> due, int n) {
        if (due.size() <= n) {
            return due;
        }
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            picked.add(i);
        }
        Collections.shuffle(picked, ThreadLocalRandom.current());
        return picked.subList(0, n).stream().sorted().map(due::get).toList();
    }

    private static Object[] concat(String first, List<String> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    @Override
    public boolean record(String id, String owner, DeliveryState outcome) {
        String state;
        long due;
        Long done;
        String error;
        if (outcome instanceof DeliveryState.Queued q) {
            state = "QUEUED";
            due = q.dueAt().toEpochMilli();
            done = null;
            error = q.lastError().orElse(null);
        } else if (outcome instanceof DeliveryState.Sent s) {
            state = "SENT";
            due = s.at().toEpochMilli();
            done = due;
            error = null;
        } else {
            DeliveryState.Failed f = (DeliveryState.Failed) outcome;
            state = "FAILED";
            due = f.at().toEpochMilli();
            done = due;
            error = f.lastError();
        }
        return jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE outbox SET state = ?, attempts = ?, due_at = ?,"
                + " done_at = ?, last_error = ?, owner = NULL, lease_until = NULL WHERE id = ? AND owner = ?", state,
                outcome.attempts(), due, done, error, id, owner)) == 1;
    }

    private Delivery delivery(ResultSet rs) throws SQLException {
        OutboundMessage m = body.read(rs.getString(1));
        int attempts = rs.getInt(3);
        Instant due = Instant.ofEpochMilli(rs.getLong(4));
        long doneAt = rs.getLong(5);
        Instant done = rs.wasNull() ? due : Instant.ofEpochMilli(doneAt);
        String error = rs.getString(6);
        DeliveryState state = switch (rs.getString(2)) {
            case "SENT" -> new DeliveryState.Sent(attempts, done);
            case "FAILED" -> new DeliveryState.Failed(attempts, done, error == null ? "unknown error" : error);
            default -> new DeliveryState.Queued(attempts, due, Optional.ofNullable(error));
        };
        return new Delivery(m, state);
    }
}
