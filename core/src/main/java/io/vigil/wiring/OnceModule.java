package io.vigil.wiring;

import com.google.inject.AbstractModule;

/** A module that is equal to every other instance of its class, so installing it twice is harmless. */
public abstract class OnceModule extends AbstractModule {

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
