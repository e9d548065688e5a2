package io.vigil.wiring;

/**
 * The base of a context's Guice module: the subclass provides the context's use-cases record
 * (one {@code @Provides @Singleton} method calling {@code XxxServices.create}), and this binds
 * each use case in it by its type.
 */
public abstract class ContextModule extends OnceModule {
    private final Class<? extends Record> useCases;

    protected ContextModule(Class<? extends Record> useCases) {
        this.useCases = useCases;
    }

    @Override
    protected final void configure() {
        PortsBinder.bindComponents(binder(), useCases);
        configureSettings();
    }

    /** Binds the context's settings with their defaults (an {@code OptionalBinder} each, which a host may set). */
    protected void configureSettings() {
    }
}
