package io.vigil.kernel.access;

import io.vigil.kernel.Require;

/** The access policy's answer, always with its reason. */
public sealed interface AccessDecision {

    /** A human-readable explanation: the basis of a grant, the reason of a denial. */
    String reason();

    /** Whether access is granted. */
    default boolean granted() {
        return this instanceof Granted;
    }

    /** Access is granted on the stated basis (for example "warden of zone CDMX-NORTH"). */
    record Granted(String reason) implements AccessDecision {
        public Granted {
            Require.text(reason, "reason");
        }
    }

    /** Access is refused for the stated reason. */
    record Denied(String reason) implements AccessDecision {
        public Denied {
            Require.text(reason, "reason");
        }
    }
}
