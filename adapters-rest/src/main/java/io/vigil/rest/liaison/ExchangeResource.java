package io.vigil.rest.liaison;

import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.rest.resource.Identified;
import java.time.Instant;

/** An entry of the information log, as the API shows it. */
public record ExchangeResource(String id, String office, String contact, Instant at, ExchangeDirection direction,
                               InformationLevel level, String summary, String by, Instant recordedAt)
        implements Identified {

    /** The entry as shown. */
    public static ExchangeResource from(InformationExchange e) {
        return new ExchangeResource(e.id().toString(), e.office().value(), e.contact().toString(), e.at(),
                e.direction(), e.level(), e.summary(), e.by(), e.recordedAt());
    }
}
