package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * A piece of advice given to the head of office: its topic, the threat or risk it concerns, the
 * recommendation (at most 5,000 characters), when and by whom it was given and recorded, and
 * management's decision once taken (at most one, never before the advice was given): what was
 * advised and what was done.
 */
public record LiaisonAdvice(AdviceId id, OfficeId office, long version, String topic, String concerns,
                            String recommendation, Instant givenAt, String givenBy, Instant recordedAt,
                            Optional<ManagementDecision> decision) implements Versioned<AdviceId, LiaisonAdvice> {
    /** The order of every list: latest given first, ties by id. */
    public static final Comparator<LiaisonAdvice> LATEST_FIRST = Comparator.comparing(LiaisonAdvice::givenAt)
            .reversed().thenComparing(a -> a.id().toString());

    public LiaisonAdvice {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        topic = Require.text(topic, "topic", 200);
        concerns = Require.text(concerns, "concerns", 500);
        recommendation = Require.text(recommendation, "recommendation", 5000);
        Require.nonNull(givenAt, "givenAt");
        givenBy = Require.text(givenBy, "givenBy", 200);
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(!givenAt.isAfter(recordedAt), "givenAt", "must not be after the advice is recorded ("
                + recordedAt + ")");
        Require.nonNull(decision, "decision");
        Require.that(decision.map(d -> !d.decidedAt().isBefore(givenAt)).orElse(true), "decidedAt",
                "must not be before the advice was given (" + givenAt + ")");
    }

    /** The decision as known at {@code at}: recorded and taken by then. */
    public Optional<ManagementDecision> decisionAt(Instant at) {
        return decision.filter(d -> !d.recordedAt().isAfter(at) && !d.decidedAt().isAfter(at));
    }

    /** The advice with management's decision. */
    public LiaisonAdvice decided(ManagementDecision d) {
        return new LiaisonAdvice(id, office, version, topic, concerns, recommendation, givenAt, givenBy, recordedAt,
                Optional.of(d));
    }

    @Override
    public LiaisonAdvice withVersion(long newVersion) {
        return new LiaisonAdvice(id, office, newVersion, topic, concerns, recommendation, givenAt, givenBy, recordedAt,
                decision);
    }
}
