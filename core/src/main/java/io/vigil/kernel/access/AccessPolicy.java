package io.vigil.kernel.access;

/** Decides every read and write of personnel data; hosts may bind their own. */
public interface AccessPolicy {

    /** Whether {@code actor} may perform {@code operation} on {@code dataClass} data of {@code target}. */
    AccessDecision decide(Actor actor, Operation operation, DataClass dataClass, AccessTarget target);
}
