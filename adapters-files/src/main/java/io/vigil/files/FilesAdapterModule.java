package io.vigil.files;

import com.google.inject.PrivateModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.json.VigilJson;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import java.nio.file.Path;
import java.util.Objects;

/** Binds every outbound port to its files adapter under a base directory; does no I/O until first use. */
public final class FilesAdapterModule extends PrivateModule {
    private final Path base;

    public FilesAdapterModule(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    protected void configure() {
        expose(PersonDirectory.class);
        expose(ResidenceRegistry.class);
        expose(PresenceLog.class);
        expose(MissionRegistry.class);
        expose(PositionLog.class);
        expose(AuditLog.class);
    }

    @Provides
    @Singleton
    FileStores stores() {
        return FileStores.create(base, VigilJson.mapper());
    }

    @Provides
    PersonDirectory persons(FileStores s) {
        return s.persons();
    }

    @Provides
    ResidenceRegistry residences(FileStores s) {
        return s.residences();
    }

    @Provides
    PresenceLog presences(FileStores s) {
        return s.presences();
    }

    @Provides
    MissionRegistry missions(FileStores s) {
        return s.missions();
    }

    @Provides
    PositionLog positions(FileStores s) {
        return s.positions();
    }

    @Provides
    AuditLog audit(FileStores s) {
        return s.audit();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
