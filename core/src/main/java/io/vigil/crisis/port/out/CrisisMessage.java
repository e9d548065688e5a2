package io.vigil.crisis.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Set;

/**
 * One message of the crisis context to one person: a stable id (the same reminder has the same
 * id), the channel by name ({@code EMAIL}, {@code SMS} or {@code APP}), the address and the text.
 */
public record CrisisMessage(String id, OfficeId office, PersonId recipient, String channel, String address,
                            String text, Instant queuedAt) {
    /** The channels the crisis context sends on, each with the kind of contact address it uses. */
    public static final java.util.Map<String, String> CHANNELS = java.util.Map.of("SMS", "PHONE", "EMAIL", "EMAIL",
            "APP", "MESSAGING");
    /** The longest text. */
    public static final int MAX_TEXT = 1000;

    public CrisisMessage {
        id = Require.text(id, "id", 200);
        Require.nonNull(office, "office");
        Require.nonNull(recipient, "recipient");
        Require.that(Set.copyOf(CHANNELS.keySet()).contains(channel), "channel", "must be one of " + CHANNELS.keySet());
        address = Require.text(address, "address", 200);
        text = Require.text(text, "text", MAX_TEXT);
        Require.nonNull(queuedAt, "queuedAt");
    }
}
