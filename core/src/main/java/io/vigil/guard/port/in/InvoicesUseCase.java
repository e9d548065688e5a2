package io.vigil.guard.port.in;

import io.vigil.guard.domain.CertificationReport;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;

/**
 * The vendors' invoices: submitted (and, until certified, replaced) by the vendor's integration
 * or a security role; checked against the evidence; certified by the security officer alone.
 */
public interface InvoicesUseCase extends RecordsUseCase<InvoiceId, InvoiceDetails, Invoice> {
    /** The most invoices of one contract. */
    int MAX_PER_CONTRACT = 500;

    /** The invoice checked against the contract, the roster, the issues and the labour standards, deciding nothing. */
    CertificationReport check(Actor actor, InvoiceId id);

    /**
     * Certifies the invoice when every line matches, its roster is attached and every violation is
     * waived; otherwise records the rejection with every reason. Either way the decision names who
     * and when; a certified invoice is refused any change.
     */
    CertificationResult certify(Actor actor, InvoiceId id, long expectedVersion, CertifyDetails details);
}
