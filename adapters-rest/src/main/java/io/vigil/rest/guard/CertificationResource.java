package io.vigil.rest.guard;

import io.vigil.guard.domain.CertificationReport;
import io.vigil.guard.port.in.CertificationResult;

/** What certifying gave: the invoice with its decision and the report it rests on. */
public record CertificationResource(InvoiceResource invoice, CertificationReport report) {

    /** The resource of a certification's result. */
    public static CertificationResource from(CertificationResult r) {
        return new CertificationResource(InvoiceResource.from(r.invoice()), r.report());
    }
}
