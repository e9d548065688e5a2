package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;

/**
 * Security advice on premises projects (office selection, construction, renovation, move): site
 * visits against the checklist, the officer's advice per phase with its conditions, conditions
 * closed with evidence, and the sign-off that updates the facility's security systems.
 */
public interface ManagePremisesProjectsUseCase
        extends RecordsUseCase<PremisesProjectId, PremisesProjectDetails, PremisesProject> {
    /** The most projects an office keeps. */
    int MAX_PROJECTS = 200;

    /** Records a site visit's findings against the checklist. */
    PremisesProject recordVisit(Actor actor, PremisesProjectId id, long expectedVersion, SiteVisitDetails details);

    /** Records the security officer's advice on a phase (only the officer advises). */
    PremisesProject advise(Actor actor, PremisesProjectId id, long expectedVersion, AdviceDetails details);

    /** Closes a condition with its evidence. */
    PremisesProject closeCondition(Actor actor, PremisesProjectId id, long expectedVersion, int number,
                                   ClosureDetails details);

    /**
     * Signs the project off (the security officer alone): refused, naming every open condition and
     * every phase not approved, until all are met. On sign-off the facility's security systems and
     * equipment are updated from the project's installs, each bought that day so its maintenance and
     * test schedule starts; if the project cannot then be saved, the facility is put back as it was.
     */
    PremisesProject signOff(Actor actor, PremisesProjectId id, long expectedVersion);
}
