package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** How an asset was bought: from whom, when, under which reference (purchase order, contract). */
public record Procurement(String supplier, Instant purchased, String reference) {
    public Procurement {
        supplier = Require.text(supplier, "supplier", 200);
        Require.nonNull(purchased, "purchased");
        reference = Require.text(reference, "reference", 100);
    }
}
