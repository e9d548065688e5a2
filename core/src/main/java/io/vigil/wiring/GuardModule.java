package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.guard.application.GuardServices;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.kernel.Kernel;
import io.vigil.risk.port.in.RiskUseCases;

/** The guard-force context (contracts, rosters, invoices, issues, inspections): its use cases from its ports and the kernel. */
public final class GuardModule extends ContextModule {

    public GuardModule() {
        super(GuardUseCases.class);
    }

    @Provides
    @Singleton
    GuardUseCases useCases(GuardPorts ports, RiskUseCases risk, Kernel kernel) {
        return GuardServices.create(ports, GuardLinks.sites(risk), kernel);
    }
}
