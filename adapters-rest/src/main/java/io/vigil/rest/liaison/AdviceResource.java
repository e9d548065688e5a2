package io.vigil.rest.liaison;

import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.ManagementDecision;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.Optional;

/** A piece of advice to the head of office and management's decision (absent: pending), as the API shows it. */
public record AdviceResource(String id, String office, long version, String topic, String concerns,
                             String recommendation, Instant givenAt, String givenBy, Instant recordedAt,
                             Optional<ManagementDecision> decision) implements Identified {

    /** The advice as shown. */
    public static AdviceResource from(LiaisonAdvice a) {
        return new AdviceResource(a.id().toString(), a.office().value(), a.version(), a.topic(), a.concerns(),
                a.recommendation(), a.givenAt(), a.givenBy(), a.recordedAt(), a.decision());
    }
}
