package io.vigil.crisis.domain;

import io.vigil.kernel.Require;

/**
 * A way to move people out of an area: its name (unique in the area: a household is seated in one
 * option by it), its kind, how many seats it has and who provides it.
 */
public record TransportOption(String name, TransportKind kind, int seats, String provider) {
    /** The most seats of one option. */
    public static final int MAX_SEATS = 1_000;

    public TransportOption {
        name = Require.text(name, "name", 100);
        Require.nonNull(kind, "kind");
        Require.that(seats >= 1 && seats <= MAX_SEATS, "seats", "must be 1 to " + MAX_SEATS);
        provider = Require.text(provider, "provider", 200);
    }
}
