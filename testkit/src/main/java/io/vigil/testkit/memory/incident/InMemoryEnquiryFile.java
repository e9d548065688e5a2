package io.vigil.testkit.memory.incident;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link EnquiryFile} in memory. */
public final class InMemoryEnquiryFile extends InMemoryVersionedStore<EnquiryId, Enquiry> implements EnquiryFile.Scanned {
    public InMemoryEnquiryFile() {
        super("enquiry");
    }
}
