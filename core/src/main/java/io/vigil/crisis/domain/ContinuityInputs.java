package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.List;
import java.util.Locale;

/** An office's security inputs to its business continuity plan: its critical functions, each named once. */
public record ContinuityInputs(OfficeId id, long version, List<CriticalFunction> functions)
        implements Versioned<OfficeId, ContinuityInputs> {
    /** The most critical functions. */
    public static final int MAX_FUNCTIONS = 50;

    public ContinuityInputs {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        functions = Require.noNulls(functions, "functions");
        Require.that(functions.size() <= MAX_FUNCTIONS, "functions", "must be at most " + MAX_FUNCTIONS);
        Require.that(functions.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).distinct().count()
                == functions.size(), "functions", "must have distinct names");
    }

    /** The inputs of an office that has given none (version 0: not stored). */
    public static ContinuityInputs empty(OfficeId office) {
        return new ContinuityInputs(office, 0, List.of());
    }

    @Override
    public OfficeId office() {
        return id;
    }

    /** One sentence per function whose recovery time exceeds its maximum tolerable disruption. */
    public List<String> gaps() {
        return functions.stream().filter(CriticalFunction::gap).map(f -> f.name() + ": recovery takes "
                + f.recoveryTimeHours() + " h but it can be down at most " + f.maxTolerableHours() + " h").toList();
    }

    @Override
    public ContinuityInputs withVersion(long newVersion) {
        return new ContinuityInputs(id, newVersion, functions);
    }
}
