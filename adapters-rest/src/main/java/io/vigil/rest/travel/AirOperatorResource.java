package io.vigil.rest.travel;

import io.vigil.rest.resource.Identified;
import io.vigil.travel.domain.AirOperator;
import java.time.Instant;

/** An assessed air operator as the API shows it. */
public record AirOperatorResource(String id, String office, long version, String code, String name, boolean barred,
                                  String reason, Instant assessedAt, Instant validUntil) implements Identified {

    /** The operator as shown. */
    public static AirOperatorResource from(AirOperator o) {
        return new AirOperatorResource(o.id().toString(), o.office().value(), o.version(), o.code(), o.name(),
                o.barred(), o.reason(), o.assessedAt(), o.validUntil());
    }
}
