package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.kernel.PersonId;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;

/** A telephone tree as the API shows it: the cascade, and its drills by id and start. */
public record PhoneTreeResource(String id, String office, long version, String name, String root,
                                List<LinkResource> links, List<String> members, List<DrillSummary> drills)
        implements Identified {

    /** Who calls whom, and whom instead if they do not answer. */
    public record LinkResource(String caller, String callee, List<String> fallbacks) {
    }

    /** A drill, to be read in full at its own address. */
    public record DrillSummary(String id, Instant startedAt, Instant endedAt) {
    }

    public static PhoneTreeResource from(PhoneTree t) {
        return new PhoneTreeResource(t.id().toString(), t.office().value(), t.version(), t.name(), t.root().toString(),
                t.links().stream().map(l -> new LinkResource(l.caller().toString(), l.callee().toString(),
                        l.fallbacks().stream().map(PersonId::toString).toList())).toList(),
                t.members().stream().map(PersonId::toString).toList(),
                t.drills().stream().map((Drill d) -> new DrillSummary(d.id().toString(), d.startedAt(),
                        d.endedAt().orElse(null))).toList());
    }
}
