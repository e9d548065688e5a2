package io.vigil.files;

import io.vigil.files.alerting.FileAlertingStores;
import io.vigil.files.audit.FileAuditStores;
import io.vigil.files.awareness.FileAwarenessStores;
import io.vigil.files.travel.FileTravelStores;
import io.vigil.files.movement.FileMovementStores;
import io.vigil.files.guard.FileGuardStores;
import io.vigil.files.incident.FileIncidentStores;
import io.vigil.files.crisis.FileCrisisStores;
import io.vigil.files.documents.FileDocumentsStores;
import io.vigil.files.liaison.FileLiaisonStores;
import io.vigil.files.people.FilePeopleStores;
import io.vigil.files.risk.FileRiskStores;
import io.vigil.wiring.ContextStores;
import io.vigil.wiring.StoresModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Binds the outbound ports of every context (or of those named) to their files adapters under one
 * base directory, one subdirectory per store; does no I/O until first use.
 */
public final class FilesAdapterModule extends StoresModule {
    private final Path base;

    /** @param only the ports types to bind (e.g. {@code RiskPorts.class}); none for every context */
    public FilesAdapterModule(Path base, Class<?>... only) {
        super(Set.of(only));
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    protected List<ContextStores<?>> stores() {
        return List.of(new FileAuditStores(base), new FilePeopleStores(base), new FileRiskStores(base),
                new FileAlertingStores(base), new FileAwarenessStores(base),
                new FileTravelStores(base), new FileMovementStores(base),
                new FileGuardStores(base), new FileIncidentStores(base),
                new FileCrisisStores(base),
                new FileDocumentsStores(base), new FileLiaisonStores(base));
    }
}
