package io.vigil.guard.port.in;

import io.vigil.guard.domain.CertificationReport;
import io.vigil.guard.domain.Invoice;

/** What certifying gave: the invoice with its decision (certified or rejected) and the report it rests on. */
public record CertificationResult(Invoice invoice, CertificationReport report) {
}
