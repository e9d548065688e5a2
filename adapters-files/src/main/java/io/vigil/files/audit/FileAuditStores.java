package io.vigil.files.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/** The audit log ({@code audit/}) as JSON files under a base directory, one file per record; nothing is read until first use. */
public final class FileAuditStores implements ContextStores<AuditLog> {
    private final Path base;

    public FileAuditStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<AuditLog> portsType() {
        return AuditLog.class;
    }

    @Override
    public AuditLog open() {
        ObjectMapper json = VigilJson.mapper();
        return new FileAuditLog(new JsonDirectory<>(base.resolve("audit"), json, AuditEntry.class,
                e -> e.id().toString()));
    }
}
