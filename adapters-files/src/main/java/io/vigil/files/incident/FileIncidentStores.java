package io.vigil.files.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The incident context's stores ({@code incident-reports/}, {@code enquiries/},
 * {@code incident-settings/}) as JSON files under a base directory, one file per record; nothing is
 * read until first use.
 */
public final class FileIncidentStores implements ContextStores<IncidentPorts> {
    private final Path base;

    public FileIncidentStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<IncidentPorts> portsType() {
        return IncidentPorts.class;
    }

    @Override
    public IncidentPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new IncidentPorts(
                new FileIncidentReportLog(new JsonDirectory<>(base.resolve("incident-reports"), json,
                        IncidentReport.class, r -> r.id().toString())),
                new FileEnquiryFile(new JsonDirectory<>(base.resolve("enquiries"), json, Enquiry.class,
                        e -> e.id().toString())),
                new FileIncidentSettingsStore(new JsonDirectory<>(base.resolve("incident-settings"), json,
                        IncidentSettings.class, s -> s.id().value())));
    }
}
