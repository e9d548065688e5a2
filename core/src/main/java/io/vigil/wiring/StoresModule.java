package io.vigil.wiring;

import com.google.inject.AbstractModule;
import java.util.List;
import java.util.Set;

/**
 * The base of an adapter's Guice module: it binds the ports of every context the adapter serves
 * (or only those named), each opened once when first needed, and does no I/O in
 * {@code configure()}. A host that keeps one context elsewhere names the others, and binds that
 * context's ports record itself (with {@link PortsBinder}). Modules over different storage are
 * never equal, so installing two binds the same ports twice and Guice reports it.
 */
public abstract class StoresModule extends AbstractModule {
    private final Set<Class<?>> only;

    /** @param only the ports types to bind; empty for every context the adapter serves */
    protected StoresModule(Set<Class<?>> only) {
        this.only = Set.copyOf(only);
    }

    /** The ports types this module binds; empty for every context the adapter serves. */
    protected final Set<Class<?>> only() {
        return only;
    }

    /** The adapter's store factories, one per context. */
    protected abstract List<ContextStores<?>> stores();

    @Override
    protected void configure() {
        for (ContextStores<?> stores : stores()) {
            if (only.isEmpty() || only.contains(stores.portsType())) {
                PortsBinder.bind(binder(), stores);
            }
        }
    }

}
