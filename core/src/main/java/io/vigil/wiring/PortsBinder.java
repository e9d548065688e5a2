package io.vigil.wiring;

import com.google.inject.Binder;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Scopes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Binds a record of ports or use cases and each of its components by the component's type, so a
 * port or use case added to a context's record is injectable without another wiring edit.
 */
public final class PortsBinder {
    private PortsBinder() {
    }

    /** Binds what the stores open (once, lazily) and, for a ports record, each of its components. */
    public static <P> void bind(Binder binder, ContextStores<P> stores) {
        Class<P> type = stores.portsType();
        binder.bind(type).toProvider((Provider<P>) stores::open).in(Scopes.SINGLETON);
        if (type.isRecord()) {
            bindComponents(binder, type);
        }
    }

    /** Binds each component of the (already bound) record {@code type} to that component of it. */
    public static <R> void bindComponents(Binder binder, Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        Provider<R> record = binder.getProvider(type);
        for (RecordComponent c : type.getRecordComponents()) {
            bindComponent(binder, Key.get(c.getGenericType()), c.getAccessor(), record);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, R> void bindComponent(Binder binder, Key<T> key, Method accessor, Provider<R> record) {
        binder.bind(key).toProvider((Provider<T>) () -> (T) component(accessor, record.get()));
    }

    private static Object component(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + accessor + " failed", e.getCause());
        }
    }
}
