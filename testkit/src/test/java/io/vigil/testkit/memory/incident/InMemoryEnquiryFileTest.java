package io.vigil.testkit.memory.incident;

import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.testkit.contract.incident.EnquiryFileContract;

class InMemoryEnquiryFileTest extends EnquiryFileContract {
    private static final InMemoryEnquiryFile STORE = new InMemoryEnquiryFile();

    @Override
    protected EnquiryFile store() {
        return STORE;
    }
}
