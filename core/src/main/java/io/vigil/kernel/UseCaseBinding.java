package io.vigil.kernel;

/** A use-case interface and the class that implements it, for a DI container to bind. */
public record UseCaseBinding<T>(Class<T> useCase, Class<? extends T> implementation) {
    public UseCaseBinding {
        Require.nonNull(useCase, "useCase");
        Require.nonNull(implementation, "implementation");
    }
}
