package io.vigil.files.incident;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.port.out.EnquiryFile;

/** {@link EnquiryFile} on JSON files. */
final class FileEnquiryFile extends FileVersionedStore<EnquiryId, Enquiry> implements EnquiryFile.Scanned {
    FileEnquiryFile(JsonDirectory<Enquiry> files) {
        super(files, "enquiry");
    }
}
