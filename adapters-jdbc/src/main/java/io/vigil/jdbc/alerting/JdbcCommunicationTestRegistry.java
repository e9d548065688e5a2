package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.StorageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@link CommunicationTestRegistry} on JDBC. A test's audience is kept as rows of its own, one per
 * person asked ({@code communication_test_member}: the person, their place in the list of those
 * with no address on the test's channels, and for a roll-call the locator's entry for them: name,
 * zone and reasons), written once when the test is first stored; the test's body keeps the rest
 * (at a million persons the audience would be a body of some 40 MB, rewritten on every escalation
 * step). A later save rewrites the rows only when the audience differs from the stored one (a
 * digest of the rows, kept beside the body, says so). Bodies stored before the rows existed, their
 * audience inline, read unchanged.
 */
final class JdbcCommunicationTestRegistry extends JdbcVersionedStore<CommTestId, CommunicationTest>
        implements CommunicationTestRegistry {
    /** The body's property counting the member rows; absent from bodies that hold their audience inline. */
    static final String MEMBERS = "audienceRows";

    private final ObjectMapper json;
    private final ObjectWriter affectedWriter;
    /** The last test split for writing, so that one save splits it once. */
    private volatile Split last;

    JdbcCommunicationTestRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, CommunicationTest.class, "communication_test", "communication-test",
                List.of("started_at", "audience_size", "audience_digest"), List.of("communication_test_member"));
        this.json = json;
        this.affectedWriter = json.writerFor(Incident.Affected.class);
    }

    /** A test as stored: the body without its audience, and one member row per person asked. */
    private record Split(CommunicationTest test, String body, List<Member> members, String digest) {
    }

    /** One person asked: their id, their rank among the unreachable (null if reachable), their roll-call entry. */
    private record Member(String person, Integer unreachableRank, String affected) {
    }

    private Split split(CommunicationTest t) {
        Split known = last;
        if (known != null && known.test() == t) {
            return known;
        }
        ObjectNode body = json.valueToTree(withFirstPersonOnly(t));
        body.remove("audience");
        body.remove("unreachable");
        if (body.get("incident") instanceof ObjectNode rollCall) {
            rollCall.remove("affected");
        }
        body.put(MEMBERS, t.audience().size());
        Map<PersonId, Integer> unreachable = new HashMap<>();
        for (PersonId p : t.unreachable()) {
            unreachable.put(p, unreachable.size());
        }
        List<Incident.Affected> affected = t.incident().map(Incident::affected).orElse(List.of());
        MessageDigest digest = sha256();
        List<Member> members = new ArrayList<>(t.audience().size());
        try {
            for (int i = 0; i < t.audience().size(); i++) {
                PersonId p = t.audience().get(i);
                String person = p.toString();
                String entry = affected.isEmpty() ? null : affectedWriter.writeValueAsString(affected.get(i));
                Member m = new Member(person, unreachable.get(p), entry);
                members.add(m);
                digest.update((person + '\u0000' + m.unreachableRank() + '\u0000' + entry + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
            Split split = new Split(t, json.writeValueAsString(body), members,
                    HexFormat.of().formatHex(digest.digest()));
            last = split;
            return split;
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write communication-test as JSON", e);
        }
    }

    /**
     * The test with only its first person asked (and none unreachable): its JSON, those lists
     * removed, is the whole test's body, built without a tree node per person of the audience.
     */
    private static CommunicationTest withFirstPersonOnly(CommunicationTest t) {
        TestPurpose purpose = t.incident().map(i -> TestPurpose.rollCall(i.withAffected(i.affected().subList(0, 1))))
                .orElse(t.purpose());
        return new CommunicationTest(t.id(), t.office(), t.version(), t.title(), t.channels(),
                t.audience().subList(0, 1), List.of(), t.startedAt(), t.closesAt(), t.target(), t.startedBy(), purpose);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    protected Object[] columnValues(CommunicationTest t) {
        return new Object[] {Jdbc.timestamp(t.startedAt()), t.audience().size(), split(t).digest()};
    }

    @Override
    protected String write(CommunicationTest t) {
        return split(t).body();
    }

    @Override
    protected boolean childrenChanged(Connection c, String id, CommunicationTest next) throws SQLException {
        List<String> stored = Jdbc.query(c, "SELECT audience_digest FROM communication_test WHERE id = ?",
                rs -> rs.getString(1), id);
        return stored.isEmpty() || !split(next).digest().equals(stored.get(0));
    }

    @Override
    protected void writeChildren(Connection c, CommunicationTest t) throws SQLException {
        List<Member> members = split(t).members();
        String id = t.id().toString();
        List<Object[]> rows = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            rows.add(new Object[] {id, i, m.person(), m.unreachableRank(), m.affected()});
        }
        Jdbc.insertRows(c, "communication_test_member", List.of("communication_test_id", "ordinal", "person_id",
                "unreachable_rank", "affected"), rows, "");
    }

    @Override
    public CommunicationTest save(CommunicationTest t) {
        try {
            return super.save(t);
        } finally {
            last = null;
        }
    }

    @Override
    protected List<CommunicationTest> readBodies(List<String> stored) {
        List<CommunicationTest> tests = new ArrayList<>(stored.size());
        for (String body : stored) {
            tests.add(assemble(body));
        }
        return tests;
    }

    /** The test of a stored body, its audience read back from its member rows if it has them. */
    private CommunicationTest assemble(String stored) {
        ObjectNode body;
        try {
            body = (ObjectNode) json.readTree(stored);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StorageException("stored communication-test is not readable JSON", e);
        }
        JsonNode count = body.remove(MEMBERS);
        if (count == null) {
            return test(body);
        }
        ArrayNode audience = body.putArray("audience");
        List<String> unreachable = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        ArrayNode affected = body.get("incident") instanceof ObjectNode incident ? incident.putArray("affected")
                : null;
        jdbc.query("SELECT person_id, unreachable_rank, affected FROM communication_test_member"
                + " WHERE communication_test_id = ? ORDER BY ordinal", rs -> {
                    String person = rs.getString(1);
                    audience.add(person);
                    int rank = rs.getInt(2);
                    if (!rs.wasNull()) {
                        unreachable.add(person);
                        ranks.add(rank);
                    }
                    if (affected != null) {
                        affected.add(parse(rs.getString(3)));
                    }
                    return null;
                }, body.get("id").asText());
        if (audience.size() != count.asInt()) {
            throw new StorageException("communication-test " + body.get("id").asText() + " has "
                    + audience.size() + " audience rows where its body counts " + count.asInt(), null);
        }
        String[] inOrder = new String[unreachable.size()];
        for (int i = 0; i < inOrder.length; i++) {
            int rank = ranks.get(i);
            if (rank < 0 || rank >= inOrder.length || inOrder[rank] != null) {
                throw new StorageException("communication-test " + body.get("id").asText()
                        + " has an audience row of unreachable rank " + rank + " out of " + inOrder.length, null);
            }
            inOrder[rank] = unreachable.get(i);
        }
        ArrayNode unreachableNode = body.putArray("unreachable");
        for (String p : inOrder) {
            unreachableNode.add(p);
        }
        return test(body);
    }

    /** The test of a body read whole, its audience inline (as stored before V30, or put back from the rows). */
    private CommunicationTest test(ObjectNode body) {
        try {
            return json.treeToValue(body, CommunicationTest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StorageException("stored communication-test is not readable JSON", e);
        }
    }

    private JsonNode parse(String entry) {
        try {
            return entry == null ? null : json.readTree(entry);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored communication-test member is not readable JSON", e);
        }
    }

    @Override
    public List<CommunicationTest> openRollCalls(Collection<OfficeId> offices, Instant at) {
        if (offices.isEmpty()) {
            return List.of();
        }
        return bodies("SELECT body FROM communication_test WHERE started_at <= ? AND started_at >= ? AND office_id IN ("
                        + Jdbc.marks(offices.size()) + ")", Jdbc.officeParams(offices, at.plusMillis(1),
                        at.minus(LONGEST_OPEN).minusMillis(1))).stream()
                .filter(t -> t.rollCall() && !t.startedAt().isAfter(at) && t.closesAt().isAfter(at))
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "started_at DESC, id", page, office.value());
    }
}
