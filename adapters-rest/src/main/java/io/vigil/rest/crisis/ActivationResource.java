package io.vigil.rest.crisis;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.LogEntry;
import io.vigil.crisis.domain.MemberCall;
import io.vigil.crisis.domain.SitrepTopic;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An activation of the crisis team as the API shows it: where it came from, the members told and
 * their answers (with how many still owe one), the situation-report topics, the log.
 */
public record ActivationResource(String id, String office, long version, boolean open, Optional<String> incident,
                                 String scenario, String trigger, String activatedBy, Instant activatedAt,
                                 List<MemberCall> members, int awaiting, List<SitrepTopic> topics, List<LogEntry> log,
                                 Optional<Instant> stoodDownAt) implements Identified {

    /** The activation's resource. */
    public static ActivationResource from(Activation a) {
        return new ActivationResource(a.id().toString(), a.office().value(), a.version(), a.open(), a.incident(),
                a.scenario(), a.trigger(), a.activatedBy(), a.activatedAt(), a.members(), a.awaiting().size(),
                a.topics(), a.log(), a.stoodDownAt());
    }
}
