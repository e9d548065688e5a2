package io.vigil.kernel.access;

import java.util.List;

/** The kernel's own data classes. */
public enum KernelData implements DataClass {
    /** The audit trail itself. */
    AUDIT(true);

    private final boolean sensitive;

    KernelData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /** The kernel's grant rows: none, so only the security officer reads the audit trail. */
    public static List<Grant> grants() {
        return List.of();
    }
}
