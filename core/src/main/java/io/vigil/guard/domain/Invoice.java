package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's invoice for a period of a contract (both days included), one line per post, with
 * the roster it rests on; the officer's latest decision on it. A certified invoice never changes.
 */
public record Invoice(InvoiceId id, OfficeId office, long version, GuardContractId contract, String number,
                      LocalDate from, LocalDate to, List<InvoiceLine> lines, Optional<RosterId> roster,
                      String submittedBy, Instant submittedAt, Optional<InvoiceDecision> decision)
        implements Versioned<InvoiceId, Invoice> {
    /** The most lines of an invoice. */
    public static final int MAX_LINES = 100;
    /** The longest period of an invoice, in days. */
    public static final int MAX_DAYS = 62;

    public Invoice {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contract, "contract");
        number = Require.text(number, "number", 50);
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(!to.isBefore(from), "to", "must not be before from");
        Require.that(ChronoUnit.DAYS.between(from, to) < MAX_DAYS, "to", "must be at most " + MAX_DAYS + " days after from");
        lines = Require.noNulls(lines, "lines");
        Require.that(!lines.isEmpty() && lines.size() <= MAX_LINES, "lines",
                "must hold between 1 and " + MAX_LINES + " lines");
        Require.that(lines.stream().map(InvoiceLine::post).distinct().count() == lines.size(), "lines",
                "must have one line per post");
        Require.nonNull(roster, "roster");
        submittedBy = Require.text(submittedBy, "submittedBy", 200);
        Require.nonNull(submittedAt, "submittedAt");
        Require.nonNull(decision, "decision");
    }

    /** Whether the invoice is certified. */
    public boolean certified() {
        return decision.filter(InvoiceDecision::certified).isPresent();
    }

    /** Refuses any change of a certified invoice. */
    public void requireOpen() {
        decision.filter(InvoiceDecision::certified).ifPresent(d -> {
            throw RefusedException.because("invoice " + number + " was certified by " + d.by() + " at " + d.at()
                    + " and can no longer change");
        });
    }

    /** The invoice with the officer's decision. */
    public Invoice decided(InvoiceDecision made) {
        requireOpen();
        return new Invoice(id, office, version, contract, number, from, to, lines, roster, submittedBy, submittedAt,
                Optional.of(made));
    }

    /** The line of a post, if the invoice has one. */
    public Optional<InvoiceLine> line(String post) {
        return lines.stream().filter(l -> l.post().equals(post)).findFirst();
    }

    @Override
    public Invoice withVersion(long newVersion) {
        return new Invoice(id, office, newVersion, contract, number, from, to, lines, roster, submittedBy, submittedAt,
                decision);
    }
}
