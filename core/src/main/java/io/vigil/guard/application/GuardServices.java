package io.vigil.guard.application;

import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.guard.port.out.GuardSites;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.validation.CommandValidator;

/** The guard-force context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class GuardServices {
    private GuardServices() {
    }

    /** The context's use cases over its ports, the office's facilities (for posts' sites) and the kernel. */
    public static GuardUseCases create(GuardPorts ports, GuardSites sites, Kernel kernel) {
        CommandValidator commands = kernel.commands();
        AccessGuard guard = kernel.guard();
        VendorScope vendors = new VendorScope(ports.contracts(), guard);
        return new GuardUseCases(
                new ContractService(ports, sites, guard, commands),
                new StandardsService(ports.standards(), guard, commands),
                new RosterService(ports.rosters(), ports.invoices(), ports.standards(), vendors, guard, commands,
                        kernel.clock()),
                new InvoiceService(ports, vendors, guard, commands, kernel.clock()),
                new IssueService(ports.issues(), ports.inspections(), vendors, guard, commands, kernel.clock()),
                new InspectionService(ports.inspections(), vendors, guard, commands),
                new PerformanceReviewService(ports.reviews(), ports.contracts(), ports.issues(), ports.inspections(),
                        vendors, guard, commands, kernel.clock()));
    }
}
