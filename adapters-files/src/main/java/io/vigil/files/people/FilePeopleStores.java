package io.vigil.files.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/** The personnel context's stores ({@code persons/}, {@code residences/}, {@code presences/},
 * {@code missions/}, {@code positions/}, {@code warden-zones/}, {@code offices/}) as JSON files under a base directory, one file per record; nothing is read until first use. */
public final class FilePeopleStores implements ContextStores<PeoplePorts> {
    private final Path base;

    public FilePeopleStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<PeoplePorts> portsType() {
        return PeoplePorts.class;
    }

    @Override
    public PeoplePorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new PeoplePorts(
                new FilePersonDirectory(new JsonDirectory<>(base.resolve("persons"), json, Person.class,
                        p -> p.id().toString())),
                new FileResidenceRegistry(new JsonDirectory<>(base.resolve("residences"), json, Residence.class,
                        r -> r.id().toString())),
                new FilePresenceLog(new JsonDirectory<>(base.resolve("presences"), json, Presence.class,
                        p -> p.id().toString())),
                new FileMissionRegistry(new JsonDirectory<>(base.resolve("missions"), json, Mission.class,
                        m -> m.id().toString())),
                new FilePositionLog(new JsonDirectory<>(base.resolve("positions"), json, PositionReport.class,
                        r -> r.id().toString())),
                new FileWardenZoneRegistry(new JsonDirectory<>(base.resolve("warden-zones"), json, WardenZone.class,
                        z -> z.id().value())),
                new FileOfficeDirectory(new JsonDirectory<>(base.resolve("offices"), json, OfficeProfile.class,
                        o -> o.id().value())));
    }
}
