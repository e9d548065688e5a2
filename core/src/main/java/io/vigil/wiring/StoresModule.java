package io.vigil.wiring;

import com.google.inject.AbstractModule;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The base of an adapter's Guice module: it binds the ports of every context the adapter serves
 * (or only those named), each opened once when first needed, and does no I/O in
 * {@code configure()}. A host that keeps one context elsewhere names the others, and binds that
 * context's ports record itself (with {@link PortsBinder}).
 */
public abstract class StoresModule extends AbstractModule {
    private final Set<Class<?>> only;

    /** @param only the ports types to bind; empty for every context the adapter serves */
    protected StoresModule(Set<Class<?>> only) {
        this.only = Set.copyOf(only);
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

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((StoresModule) o).only.equals(only);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), only);
    }
}
