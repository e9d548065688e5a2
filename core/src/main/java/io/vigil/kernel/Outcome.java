package io.vigil.kernel;

import java.util.List;
import java.util.function.Function;

/**
 * The result of a business step: done with its value, or refused with the reasons a person can
 * read. A use case that returns a domain object unwraps it with {@link #orElseThrow()}, the one
 * place a refusal becomes a {@link RefusedException}.
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Refused {

    /** The step was taken, giving {@code result}. */
    record Done<T>(T result) implements Outcome<T> {
        public Done {
            Require.nonNull(result, "result");
        }
    }

    /** The step was refused, for these reasons (at least one). */
    record Refused<T>(List<String> reasons) implements Outcome<T> {
        public Refused {
            reasons = List.copyOf(Require.nonNull(reasons, "reasons"));
            Require.that(!reasons.isEmpty(), "reasons", "must name at least one reason");
            reasons.forEach(r -> Require.text(r, "reasons"));
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(String reason) {
        return new Refused<>(List.of(reason));
    }

    /** The value, or throws {@link RefusedException} with the reasons. */
    default T orElseThrow() {
        if (this instanceof Done<T> done) {
            return done.result();
        }
        throw new RefusedException(((Refused<T>) this).reasons());
    }

    /** The outcome with {@code f} applied to the value when done; a refusal stays as it is. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        return flatMap(v -> done(f.apply(v)));
    }

    /** The outcome of the next step when this one was done; a refusal stays as it is. */
    @SuppressWarnings("unchecked")
    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> next) {
        if (this instanceof Done<T> done) {
            return next.apply(done.result());
        }
        return (Outcome<U>) this;
    }
}
