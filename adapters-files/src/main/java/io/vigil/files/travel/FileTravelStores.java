package io.vigil.files.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.port.out.TravelPorts;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The travel context's stores ({@code clearances/}, {@code air-operators/}, {@code waivers/},
 * {@code travel-policies/}) as JSON files under a base directory, one file per record; nothing is
 * read until first use.
 */
public final class FileTravelStores implements ContextStores<TravelPorts> {
    private final Path base;

    /** The stores under the base directory. */
    public FileTravelStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<TravelPorts> portsType() {
        return TravelPorts.class;
    }

    @Override
    public TravelPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new TravelPorts(
                new FileClearanceRegistry(new JsonDirectory<>(base.resolve("clearances"), json, Clearance.class,
                        c -> c.id().toString())),
                new FileAirOperatorRegistry(new JsonDirectory<>(base.resolve("air-operators"), json, AirOperator.class,
                        o -> o.id().toString())),
                new FileWaiverRegistry(new JsonDirectory<>(base.resolve("waivers"), json, Waiver.class,
                        w -> w.id().toString())),
                new FileTravelPolicyStore(new JsonDirectory<>(base.resolve("travel-policies"), json,
                        TravelPolicy.class, p -> p.id().value())));
    }
}
