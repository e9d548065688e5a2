package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;

import io.vigil.kernel.OfficeId;
import io.vigil.risk.domain.AdviceDecision;
import io.vigil.risk.domain.AssetKind;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.Finding;
import io.vigil.risk.domain.FindingStatus;
import io.vigil.risk.domain.PhaseAdvice;
import io.vigil.risk.domain.PlannedAsset;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.domain.ProjectCondition;
import io.vigil.risk.domain.ProjectKind;
import io.vigil.risk.domain.ProjectPhase;
import io.vigil.risk.domain.SecurityRequirement;
import io.vigil.risk.domain.SiteVisit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the risk context's premises projects. */
public final class PremisesGenerators {
    private PremisesGenerators() {
    }

    /**
     * Projects of the office of any kind: two phases (the first advised, approved with a condition
     * or not), the standard checklist, a visit with findings, an install; version 0.
     */
    public static Gen<PremisesProject> projects(OfficeId office) {
        return names().zip(Generate.enumValues(ProjectKind.class), instants(), Generate.booleans(),
                (title, kind, at, conditional) -> {
                    LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
                    PhaseAdvice advice = new PhaseAdvice(conditional ? AdviceDecision.APPROVE_WITH_CONDITIONS
                            : AdviceDecision.APPROVE, List.of("the design meets the checklist"), at, "officer");
                    List<ProjectPhase> phases = List.of(
                            new ProjectPhase("design", day, day.plusDays(30), Optional.of(advice)),
                            new ProjectPhase("works", day.plusDays(31), day.plusDays(120), Optional.empty()));
                    List<ProjectCondition> conditions = conditional ? List.of(new ProjectCondition(1, "design",
                            "laminated glazing on the street facade", Optional.empty())) : List.of();
                    SiteVisit visit = new SiteVisit(at.minusSeconds(86_400), "associate", List.of(
                            new Finding("GLZ-1", FindingStatus.NOT_MET, "plain glass", List.of("photo-17.jpg")),
                            new Finding("CCTV-1", FindingStatus.PARTLY_MET, "", List.of())));
                    return new PremisesProject(PremisesProjectId.random(), office, 0, title + " premises", kind,
                            FacilityId.random(), phases, SecurityRequirement.standard(), List.of(visit), conditions,
                            List.of(new PlannedAsset("CCTV-NEW", AssetKind.CCTV, "perimeter cameras", "SeguriTec",
                                    "PO-1", 180, 30)), Optional.empty());
                });
    }
}
