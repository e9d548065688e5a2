package io.vigil.wiring;


/**
 * Vigil's core for Guice: the kernel and every context's module. Outbound ports (stores, the
 * audit log) come from an adapter module and the {@link io.vigil.alerting.port.out.MessageGateway}
 * from the host; without them, injector creation fails naming the missing binding.
 */
public final class VigilCoreModule extends OnceModule {

    @Override
    protected void configure() {
        install(new KernelModule());
        install(new PeopleModule());
        install(new RiskModule());
        install(new AlertingModule());
        install(new AwarenessModule());
        install(new TravelModule());
        install(new MovementModule());
        install(new GuardModule());
        install(new IncidentModule());
        install(new CrisisModule());
        install(new DocumentsModule());
        install(new LiaisonModule());
        install(new ReviewModule());
        install(new SocModule());
    }
}
