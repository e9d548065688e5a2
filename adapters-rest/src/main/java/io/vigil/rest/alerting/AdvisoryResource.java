package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Acknowledgement;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Severity;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** An advisory as the API shows it, with its acknowledgements and their count. */
public record AdvisoryResource(String id, String office, long version, String title, String message,
                               Severity severity, Audience audience, List<Channel> channels, Instant validFrom,
                               Instant validTo, String issuedBy, int acknowledgementCount,
                               List<Acknowledgement> acknowledgements) implements Identified {

    public static AdvisoryResource from(Advisory a) {
        return new AdvisoryResource(a.id().toString(), a.office().value(), a.version(), a.title(), a.message(),
                a.severity(), a.audience(), a.channels().stream().sorted().toList(), a.validFrom(), a.validTo(),
                a.issuedBy(), a.acknowledgements().size(), a.acknowledgements());
    }
}
