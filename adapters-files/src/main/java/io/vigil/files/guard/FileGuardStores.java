package io.vigil.files.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The guard-force context's stores ({@code guard-contracts/}, {@code guard-rosters/}, {@code guard-invoices/},
 * {@code guard-issues/}, {@code guard-inspections/}, {@code guard-standards/}, {@code guard-reviews/}) as JSON files under a base
 * directory, one file per record; nothing is read until first use.
 */
public final class FileGuardStores implements ContextStores<GuardPorts> {
    private final Path base;

    public FileGuardStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<GuardPorts> portsType() {
        return GuardPorts.class;
    }

    @Override
    public GuardPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new GuardPorts(
                new FileGuardContractRegistry(new JsonDirectory<>(base.resolve("guard-contracts"), json,
                        GuardContract.class, c -> c.id().toString())),
                new FileRosterBook(new JsonDirectory<>(base.resolve("guard-rosters"), json, Roster.class,
                        r -> r.id().toString())),
                new FileInvoiceLedger(new JsonDirectory<>(base.resolve("guard-invoices"), json, Invoice.class,
                        i -> i.id().toString())),
                new FilePerformanceLog(new JsonDirectory<>(base.resolve("guard-issues"), json, PerformanceIssue.class,
                        i -> i.id().toString())),
                new FileInspectionLog(new JsonDirectory<>(base.resolve("guard-inspections"), json, Inspection.class,
                        i -> i.id().toString())),
                new FileLabourStandardsBook(new JsonDirectory<>(base.resolve("guard-standards"), json,
                        LabourStandards.class, s -> s.id().toString())),
                new FilePerformanceReviewBook(new JsonDirectory<>(base.resolve("guard-reviews"), json,
                        PerformanceReview.class, r -> r.id().toString())));
    }
}
