package io.vigil.files.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/** The risk context's stores ({@code assessments/}, {@code risk-policies/},
 * {@code restricted-areas/}, {@code venues/}, {@code facilities/}) as JSON files under a base directory, one file per record; nothing is read until first use. */
public final class FileRiskStores implements ContextStores<RiskPorts> {
    private final Path base;

    public FileRiskStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<RiskPorts> portsType() {
        return RiskPorts.class;
    }

    @Override
    public RiskPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new RiskPorts(
                new FileAssessmentRegistry(new JsonDirectory<>(base.resolve("assessments"), json,
                        SecurityAssessment.class, a -> a.id().toString())),
                new FileRiskPolicyStore(new JsonDirectory<>(base.resolve("risk-policies"), json, RiskPolicy.class,
                        p -> p.id().value())),
                new FileRestrictedAreaRegistry(new JsonDirectory<>(base.resolve("restricted-areas"), json,
                        RestrictedArea.class, a -> a.id().toString())),
                new FileVenueRegistry(new JsonDirectory<>(base.resolve("venues"), json, VenueAssessment.class,
                        v -> v.id().toString())),
                new FileFacilityRegistry(new JsonDirectory<>(base.resolve("facilities"), json, Facility.class,
                        f -> f.id().toString())),
                new FilePremisesProjectRegistry(new JsonDirectory<>(base.resolve("premises-projects"), json,
                        PremisesProject.class, p -> p.id().toString())));
    }
}
