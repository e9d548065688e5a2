package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A communication test: a check-in request broadcast to an audience over channels, open from
 * {@code startedAt} until {@code closesAt}, with the target it is scored against. Persons with no
 * address on any of its channels are listed as unreachable (they are in the audience all the same).
 * Its {@link TestPurpose} says whether it is a scheduled test or a roll-call started from an
 * {@link Incident}, whose audience is whoever the locator found in the incident's area. It stays
 * open at most {@value #LONGEST_OPEN_MINUTES} minutes.
 */
public record CommunicationTest(CommTestId id, OfficeId office, long version, String title, Set<Channel> channels,
                                List<PersonId> audience, List<PersonId> unreachable, Instant startedAt,
                                Instant closesAt, Target target, String startedBy, TestPurpose purpose)
        implements Versioned<CommTestId, CommunicationTest> {
    /** The length of a test id's text (a UUID's canonical form), which starts each of its message ids. */
    private static final int ID_LENGTH = 36;
    /** The longest a test or roll-call stays open, in minutes: a week. */
    public static final int LONGEST_OPEN_MINUTES = 10_080;

    public CommunicationTest {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        title = Require.text(title, "title", 200);
        Require.nonNull(channels, "channels");
        Require.that(!channels.isEmpty(), "channels", "must name at least one channel");
        Require.that(!channels.contains(Channel.IN_PERSON), "channels",
                "must not include IN_PERSON, which is how an answer was obtained, not a channel to ask on");
        channels = Set.copyOf(EnumSet.copyOf(channels));
        audience = List.copyOf(Require.nonNull(audience, "audience"));
        Require.that(!audience.isEmpty(), "audience", "must not be empty");
        Set<PersonId> asked = new HashSet<>(audience);
        Require.that(asked.size() == audience.size(), "audience", "must name each person once");
        unreachable = List.copyOf(Require.nonNull(unreachable, "unreachable"));
        Require.that(asked.containsAll(unreachable), "unreachable", "must be part of the audience");
        Require.nonNull(startedAt, "startedAt");
        Require.nonNull(closesAt, "closesAt");
        Require.that(closesAt.isAfter(startedAt), "closesAt", "must be after startedAt");
        Require.that(!closesAt.isAfter(startedAt.plus(Duration.ofMinutes(LONGEST_OPEN_MINUTES))), "closesAt",
                "must be at most " + LONGEST_OPEN_MINUTES + " minutes (a week) after startedAt");
        Require.nonNull(target, "target");
        startedBy = Require.text(startedBy, "startedBy", 200);
        Require.nonNull(purpose, "purpose");
        List<PersonId> inOrder = audience;
        Require.that(purpose.incident().map(i -> i.affected().stream().map(Incident.Affected::person).toList()
                .equals(inOrder)).orElse(true), "incident.affected", "must be the audience, in the same order");
    }

    /** Whether this is a roll-call after an incident rather than a scheduled test. */
    public boolean rollCall() {
        return purpose instanceof TestPurpose.RollCall;
    }

    /** The incident of a roll-call; empty for a scheduled test. */
    public Optional<Incident> incident() {
        return purpose.incident();
    }

    /** The message id of the request to one person over one channel: the same on every resend. */
    public String messageId(PersonId person, Channel channel) {
        return noticeId(person + "-" + channel.name().toLowerCase());
    }

    /**
     * The id of another message about this test ({@code what} names it: "warden-" and the warden,
     * "officer", …): the test's id first, so {@link #testOf} finds the test of any of its messages.
     */
    public String noticeId(String what) {
        return id + "-" + what;
    }

    /** The test a message is about, if its id is one of a test's ({@link #messageId}, {@link #noticeId}). */
    public static Optional<CommTestId> testOf(String messageId) {
        if (messageId.length() <= ID_LENGTH || messageId.charAt(ID_LENGTH) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(CommTestId.of(messageId.substring(0, ID_LENGTH)));
        } catch (IllegalArgumentException notATestId) {
            return Optional.empty();
        }
    }

    /** The same test with its incident as given (a roll-call whose escalations were recorded). */
    public CommunicationTest withIncident(Incident changed) {
        return new CommunicationTest(id, office, version, title, channels, audience, unreachable, startedAt, closesAt,
                target, startedBy, TestPurpose.rollCall(changed));
    }

    @Override
    public CommunicationTest withVersion(long newVersion) {
        return new CommunicationTest(id, office, newVersion, title, channels, audience, unreachable, startedAt,
                closesAt, target, startedBy, purpose);
    }
}
