package io.vigil.rest.risk;

import io.vigil.risk.domain.PlannedAsset;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.ProjectCondition;
import io.vigil.risk.domain.ProjectKind;
import io.vigil.risk.domain.ProjectPhase;
import io.vigil.risk.domain.SecurityRequirement;
import io.vigil.risk.domain.SiteVisit;
import io.vigil.rest.resource.Identified;
import java.util.List;
import java.util.Optional;

/** A premises project as the API shows it, with its open conditions counted. */
public record PremisesProjectResource(String id, String office, long version, String title, ProjectKind kind,
                                      String facility, List<ProjectPhase> phases, List<SecurityRequirement> checklist,
                                      List<SiteVisit> visits, List<ProjectCondition> conditions, int openConditions,
                                      List<PlannedAsset> installs, Optional<PremisesProject.SignOff> signedOff)
        implements Identified {

    /** The project as shown. */
    public static PremisesProjectResource from(PremisesProject p) {
        return new PremisesProjectResource(p.id().toString(), p.office().value(), p.version(), p.title(), p.kind(),
                p.facility().toString(), p.phases(), p.checklist(), p.visits(), p.conditions(),
                p.openConditions().size(), p.installs(), p.signedOff());
    }
}
