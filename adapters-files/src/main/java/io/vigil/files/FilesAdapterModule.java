package io.vigil.files;

import io.vigil.json.VigilJson;
import io.vigil.wiring.PortsModule;
import io.vigil.wiring.VigilPorts;
import java.nio.file.Path;
import java.util.Objects;

/** Binds every outbound port to its files adapter under a base directory; does no I/O until first use. */
public final class FilesAdapterModule extends PortsModule {
    private final Path base;

    public FilesAdapterModule(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    protected VigilPorts createPorts() {
        return FileStores.create(base, VigilJson.mapper()).ports();
    }
}
