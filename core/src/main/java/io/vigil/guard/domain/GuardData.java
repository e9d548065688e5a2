package io.vigil.guard.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.VENDOR;
import static io.vigil.kernel.access.Scope.OFFICE;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The guard-force context's classes of data. */
public enum GuardData implements DataClass {
    /** Contracts with their posts and rates, and the labour standards: security roles only. */
    GUARD_CONTRACTS(false),
    /** Inspections and performance issues. */
    GUARD_PERFORMANCE(false),
    /** The vendor's rosters (its guards by name) and invoices; certifying an invoice is an approval. */
    GUARD_SUBMISSIONS(false);

    private final boolean sensitive;

    GuardData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with guard-force data (the security officer may do everything, and alone
     * certifies): the associate reads and writes all of it; the vendor's integration token reads
     * and writes submissions (the context narrows it to its own contract's) and nothing else.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, values()),
                Grant.rows(VENDOR, READ, OFFICE, GUARD_SUBMISSIONS),
                Grant.rows(VENDOR, WRITE, OFFICE, GUARD_SUBMISSIONS))
                .flatMap(List::stream).toList();
    }
}
