package io.vigil.kernel.access;

/**
 * A class of data with its own need-to-know rules. Each context declares its classes as an enum
 * in its domain (the kernel's own is {@link KernelData}); a class is stored and shown by its
 * {@link #name()}, which is unique across the contexts.
 */
public interface DataClass {

    /** The class's name as the audit trail stores it and the API shows it, e.g. {@code RESIDENCE}. */
    String name();

    /** Whether every read of this class is written to the audit log. */
    boolean sensitive();
}
