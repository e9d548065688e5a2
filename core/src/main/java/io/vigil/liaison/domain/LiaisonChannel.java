package io.vigil.liaison.domain;

import io.vigil.kernel.Require;

/** One way to reach a contact: its kind and the number, address or call sign (at most 200 characters). */
public record LiaisonChannel(LiaisonChannelKind kind, String address) {
    public LiaisonChannel {
        Require.nonNull(kind, "kind");
        address = Require.text(address, "address", 200);
    }
}
