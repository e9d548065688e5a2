package io.vigil.files.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RoadIncident;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The movement context's stores ({@code movements/}, {@code vehicles/}, {@code drivers/},
 * {@code movement-settings/}, {@code river-options/}, {@code medevac-plans/}, {@code road-incidents/}, {@code visits/}) as JSON files under a base directory, one file per record; nothing is
 * read until first use.
 */
public final class FileMovementStores implements ContextStores<MovementPorts> {
    private final Path base;

    /** The stores under {@code base}. */
    public FileMovementStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<MovementPorts> portsType() {
        return MovementPorts.class;
    }

    @Override
    public MovementPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new MovementPorts(
                new FileMovementLog(new JsonDirectory<>(base.resolve("movements"), json, Movement.class,
                        m -> m.id().toString())),
                new FileVehicleFleet(new JsonDirectory<>(base.resolve("vehicles"), json, Vehicle.class,
                        v -> v.id().toString())),
                new FileDriverRoster(new JsonDirectory<>(base.resolve("drivers"), json, Driver.class,
                        d -> d.id().toString())),
                new FileMovementSettingsStore(new JsonDirectory<>(base.resolve("movement-settings"), json,
                        MovementSettings.class, s -> s.id().value())),
                new FileRiverOptionRegistry(new JsonDirectory<>(base.resolve("river-options"), json, RiverOption.class,
                        o -> o.id().toString())),
                new FileMedevacPlanRegistry(new JsonDirectory<>(base.resolve("medevac-plans"), json, MedevacPlan.class,
                        p -> p.id().toString())),
                new FileRoadIncidentLog(new JsonDirectory<>(base.resolve("road-incidents"), json, RoadIncident.class,
                        i -> i.id().toString())),
                new FileVisitRegistry(new JsonDirectory<>(base.resolve("visits"), json, Visit.class,
                        v -> v.id().toString())));
    }
}
