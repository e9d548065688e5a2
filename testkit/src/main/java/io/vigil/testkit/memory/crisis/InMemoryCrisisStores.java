package io.vigil.testkit.memory.crisis;

import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.wiring.ContextStores;

/** The crisis context's stores in memory: every {@link #open()} gives a fresh, empty set. */
public final class InMemoryCrisisStores implements ContextStores<CrisisPorts> {

    @Override
    public Class<CrisisPorts> portsType() {
        return CrisisPorts.class;
    }

    @Override
    public CrisisPorts open() {
        return new CrisisPorts(new InMemoryCrisisPlanStore(), new InMemoryCrisisTeamStore(), new InMemoryActivationLog(),
                new InMemoryExerciseLog(), new InMemoryExerciseScheduleStore(), new InMemoryContinuityStore(),
                new InMemoryRelocationPlanStore(), new InMemoryRelocationLog());
    }
}
