package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.kernel.Kernel;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.RiskPorts;

/** The security risk management context: its use cases from its ports (bound by an adapter module) and the kernel. */
public final class RiskModule extends ContextModule {

    public RiskModule() {
        super(RiskUseCases.class);
    }

    @Provides
    @Singleton
    RiskUseCases useCases(RiskPorts ports, Kernel kernel) {
        return RiskServices.create(ports, kernel);
    }
}
