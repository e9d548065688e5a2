package io.vigil.rest.guard;

import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceDecision;
import io.vigil.guard.domain.InvoiceLine;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A vendor's invoice as the API shows it: {@code status} SUBMITTED, CERTIFIED or REJECTED, with the decision. */
public record InvoiceResource(String id, String office, long version, String contract, String number, LocalDate from,
                              LocalDate to, List<InvoiceLine> lines, Optional<String> roster, String submittedBy,
                              Instant submittedAt, String status, Optional<InvoiceDecision> decision)
        implements Identified {

    /** The resource of an invoice. */
    public static InvoiceResource from(Invoice i) {
        String status = i.decision().map(d -> d.certified() ? "CERTIFIED" : "REJECTED").orElse("SUBMITTED");
        return new InvoiceResource(i.id().toString(), i.office().value(), i.version(), i.contract().toString(),
                i.number(), i.from(), i.to(), i.lines(), i.roster().map(Object::toString), i.submittedBy(),
                i.submittedAt(), status, i.decision());
    }
}
