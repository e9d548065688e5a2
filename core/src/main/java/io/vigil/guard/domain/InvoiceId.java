package io.vigil.guard.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a vendor's invoice of the guard-force context. */
public record InvoiceId(UUID value) {
    public InvoiceId {
        Require.nonNull(value, "invoiceId");
    }

    /** A new random id. */
    public static InvoiceId random() {
        return new InvoiceId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static InvoiceId of(String text) {
        return new InvoiceId(Ids.parse(text, "invoiceId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
