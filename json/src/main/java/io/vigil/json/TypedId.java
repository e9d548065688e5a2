package io.vigil.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.UUID;

/**
 * One typed id of the domain: a record whose only component is {@code value} (a String or a UUID)
 * and that parses its text with a static {@code of(String)}, such as {@code PersonId} or
 * {@code AssessmentId}. Written as its value's text, read back through {@code of}, so the id's
 * own check (and its message naming the field) applies.
 */
final class TypedId {
    private final Class<?> type;
    private final Method value;
    private final Method of;

    private TypedId(Class<?> type, Method value, Method of) {
        this.type = type;
        this.value = value;
        this.of = of;
    }

    /** The typed id a class is, or empty if it is none. */
    static Optional<TypedId> of(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith("io.vigil.")) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != 1 || !components[0].getName().equals("value")
                || (components[0].getType() != String.class && components[0].getType() != UUID.class)) {
            return Optional.empty();
        }
        try {
            Method of = type.getMethod("of", String.class);
            if (!Modifier.isStatic(of.getModifiers()) || of.getReturnType() != type) {
                return Optional.empty();
            }
            return Optional.of(new TypedId(type, components[0].getAccessor(), of));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    Class<?> type() {
        return type;
    }

    /** The id's text: its value, a String or a canonical UUID. */
    String format(Object id) {
        return String.valueOf(invoke(value, id));
    }

    /** The id the text names; {@link IllegalArgumentException} (naming the field) if it names none. */
    Object parse(String text) {
        return invoke(of, null, text);
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
