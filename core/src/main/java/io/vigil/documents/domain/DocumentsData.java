package io.vigil.documents.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Role.STAFF;
import static io.vigil.kernel.access.Scope.EVERY_OFFICE;
import static io.vigil.kernel.access.Scope.OFFICE;
import static io.vigil.kernel.access.Scope.OWN_AND_DEPENDENTS;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The documents context's classes of data; every read of a document is audited. */
public enum DocumentsData implements DataClass {
    /** Documents of classification {@link Classification#OFFICE}: open to every member of the office. */
    OFFICE_DOCUMENTS(true),
    /** Documents of classification {@link Classification#SECURITY}. */
    SECURITY_DOCUMENTS(true),
    /** Documents of classification {@link Classification#RESTRICTED}: the security officer's alone. */
    RESTRICTED_DOCUMENTS(true),
    /** Who was sent which version of a document, and who acknowledged it. Personal data. */
    ACKNOWLEDGEMENTS(true);

    private final boolean sensitive;

    DocumentsData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with documents (the security officer may do everything, restricted documents
     * included): every member of the office reads office documents; the associate reads and writes
     * office and security documents and the acknowledgements; managers read security documents, the SOC
     * office and security documents in every office; staff read their own acknowledgements.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.openToOfficeMembers(OFFICE_DOCUMENTS),
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, OFFICE_DOCUMENTS, SECURITY_DOCUMENTS, ACKNOWLEDGEMENTS),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, OFFICE_DOCUMENTS, SECURITY_DOCUMENTS, ACKNOWLEDGEMENTS),
                Grant.rows(MANAGER, READ, OFFICE, SECURITY_DOCUMENTS),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, OFFICE_DOCUMENTS, SECURITY_DOCUMENTS),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, ACKNOWLEDGEMENTS))
                .flatMap(List::stream).toList();
    }
}
