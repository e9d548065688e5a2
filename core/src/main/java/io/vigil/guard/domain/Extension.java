package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;

/** An extension of a contract's term: its new end and the reference of the amendment. */
public record Extension(LocalDate newEnd, String reference) {
    public Extension {
        Require.nonNull(newEnd, "extensions.newEnd");
        reference = Require.text(reference, "extensions.reference", 100);
    }
}
