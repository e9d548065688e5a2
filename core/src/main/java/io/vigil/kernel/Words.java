package io.vigil.kernel;

import java.util.Locale;

/** Enum constants as the words a person reads: {@code ARMED_CONFLICT} is "armed conflict". */
public final class Words {
    private Words() {
    }

    /** The constant's name in lower case, underscores as spaces. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
