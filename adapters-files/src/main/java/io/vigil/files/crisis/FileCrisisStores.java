package io.vigil.files.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The crisis context's stores ({@code crisis-plans/}, {@code crisis-teams/}, {@code activations/},
 * {@code exercises/}, {@code exercise-schedules/}, {@code continuity/}, {@code relocation-plans/},
 * {@code relocations/}) as JSON files under a base
 * directory, one file per record; nothing is read until first use.
 */
public final class FileCrisisStores implements ContextStores<CrisisPorts> {
    private final Path base;

    public FileCrisisStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<CrisisPorts> portsType() {
        return CrisisPorts.class;
    }

    @Override
    public CrisisPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new CrisisPorts(
                new FileCrisisPlanStore(new JsonDirectory<>(base.resolve("crisis-plans"), json, CrisisPlan.class,
                        p -> p.id().value())),
                new FileCrisisTeamStore(new JsonDirectory<>(base.resolve("crisis-teams"), json, CrisisTeam.class,
                        t -> t.id().value())),
                new FileActivationLog(new JsonDirectory<>(base.resolve("activations"), json, Activation.class,
                        a -> a.id().toString())),
                new FileExerciseLog(new JsonDirectory<>(base.resolve("exercises"), json, Exercise.class,
                        e -> e.id().toString())),
                new FileExerciseScheduleStore(new JsonDirectory<>(base.resolve("exercise-schedules"), json,
                        ExerciseSchedule.class, s -> s.id().value())),
                new FileContinuityStore(new JsonDirectory<>(base.resolve("continuity"), json, ContinuityInputs.class,
                        c -> c.id().value())),
                new FileRelocationPlanStore(new JsonDirectory<>(base.resolve("relocation-plans"), json,
                        RelocationPlan.class, p -> p.id().value())),
                new FileRelocationLog(new JsonDirectory<>(base.resolve("relocations"), json, Relocation.class,
                        r -> r.id().toString())));
    }
}
