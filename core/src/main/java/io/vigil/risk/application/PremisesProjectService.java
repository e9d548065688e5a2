package io.vigil.risk.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityKind;
import io.vigil.risk.domain.PhaseAdvice;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.domain.ProjectCondition;
import io.vigil.risk.domain.ProjectPhase;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.SecurityRequirement;
import io.vigil.risk.domain.SiteVisit;
import io.vigil.risk.port.in.AdviceDetails;
import io.vigil.risk.port.in.ClosureDetails;
import io.vigil.risk.port.in.ManageFacilitiesUseCase;
import io.vigil.risk.port.in.ManagePremisesProjectsUseCase;
import io.vigil.risk.port.in.PremisesProjectDetails;
import io.vigil.risk.port.in.SiteVisitDetails;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Premises projects under {@link RiskData#RISK}: the facility read through the facilities use case
 * (a residence needs residence access), advice and sign-off as approvals (the security officer's
 * alone), and on sign-off the facility's assets replaced from the project, put back if the
 * project then cannot be saved.
 */
final class PremisesProjectService extends GuardedRecordsService<PremisesProjectId, PremisesProjectDetails,
        PremisesProject> implements ManagePremisesProjectsUseCase {
    static final String TYPE = "premises-project";

    private final PremisesProjectRegistry projects;
    private final FacilityRegistry facilities;
    private final ManageFacilitiesUseCase facilityUseCase;
    private final CommandValidator validator;
    private final Clock clock;

    PremisesProjectService(PremisesProjectRegistry projects, FacilityRegistry facilities,
                           ManageFacilitiesUseCase facilityUseCase, AccessGuard guard, CommandValidator validator,
                           Clock clock) {
        super(new GuardedRecords<>(TYPE, RiskData.RISK, projects, projects::list, guard));
        this.projects = projects;
        this.facilities = facilities;
        this.facilityUseCase = facilityUseCase;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public PremisesProject create(Actor actor, PremisesProjectDetails details) {
        PremisesProject built = build(actor, PremisesProjectId.random(), 0, details, Optional.empty());
        return records.create(actor, built, projects::count, MAX_PROJECTS, "premises projects");
    }

    @Override
    public PremisesProject update(Actor actor, PremisesProjectId id, long expectedVersion,
                                  PremisesProjectDetails details) {
        return records.update(actor, id, current -> {
            if (current.signedOff().isPresent()) {
                throw RefusedException.because("the project \"" + current.title() + "\" is signed off");
            }
            return build(actor, id, expectedVersion, details, Optional.of(current));
        });
    }

    @Override
    public PremisesProject get(Actor actor, PremisesProjectId id) {
        PremisesProject p = records.get(actor, id);
        facilityUseCase.get(actor, p.facility());
        return p;
    }

    @Override
    public PremisesProject recordVisit(Actor actor, PremisesProjectId id, long expectedVersion, SiteVisitDetails d) {
        validator.validate(d);
        return records.change(actor, id, expectedVersion, Operation.WRITE, current -> current.recordVisit(
                new SiteVisit(d.at(), actor.subject(), d.findings())).orElseThrow());
    }

    @Override
    public PremisesProject advise(Actor actor, PremisesProjectId id, long expectedVersion, AdviceDetails d) {
        validator.validate(d);
        return records.change(actor, id, expectedVersion, Operation.APPROVE, current -> current.advise(d.phase(),
                new PhaseAdvice(d.decision(), d.reasons(), clock.instant(), actor.subject()), d.conditions())
                .orElseThrow());
    }

    @Override
    public PremisesProject closeCondition(Actor actor, PremisesProjectId id, long expectedVersion, int number,
                                          ClosureDetails d) {
        validator.validate(d);
        return records.change(actor, id, expectedVersion, Operation.WRITE, current -> current.closeCondition(number,
                new ProjectCondition.Closure(d.evidence(), clock.instant(), actor.subject())).orElseThrow());
    }

    @Override
    public PremisesProject signOff(Actor actor, PremisesProjectId id, long expectedVersion) {
        PremisesProject current = records.load(actor, id, Operation.APPROVE, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        Instant now = clock.instant();
        PremisesProject signed = current.signOff(new PremisesProject.SignOff(now, actor.subject())).orElseThrow();
        Facility before = facilityUseCase.get(actor, current.facility());
        Facility installed = facilities.save(CommandValidator.build("installs", () -> before.withInstalled(
                current.installs().stream().map(a -> a.installedAt(now)).toList())));
        try {
            return projects.save(signed);
        } catch (RuntimeException e) {
            facilities.save(new Facility(before.id(), before.office(), installed.version(), before.name(),
                    before.kind(), before.address(), before.location(), before.residenceRef(), before.assets(),
                    before.surveys()));
            throw e;
        }
    }

    private PremisesProject build(Actor actor, PremisesProjectId id, long version, PremisesProjectDetails d,
                                  Optional<PremisesProject> current) {
        validator.validate(d);
        Facility site = facilityUseCase.get(actor, d.facility());
        if (site.kind() != FacilityKind.OFFICE && site.kind() != FacilityKind.RESIDENCE) {
            throw InvalidCommandException.of("facility", "must be an office or a residence; " + site.name() + " is a "
                    + site.kind());
        }
        List<ProjectPhase> phases = d.phases().stream().map(p -> CommandValidator.build("phases", () ->
                new ProjectPhase(p.name(), p.start(), p.end(), current.flatMap(c -> c.phases().stream()
                        .filter(old -> old.name().equals(p.name())).findFirst()).flatMap(ProjectPhase::advice))))
                .toList();
        List<SecurityRequirement> checklist = d.checklist() == null ? SecurityRequirement.standard() : d.checklist();
        return CommandValidator.build("body", () -> new PremisesProject(id, actor.office(), version, d.title(),
                d.kind(), d.facility(), phases, checklist, current.map(PremisesProject::visits).orElse(List.of()),
                current.map(PremisesProject::conditions).orElse(List.of()), d.installs(),
                current.flatMap(PremisesProject::signedOff)));
    }
}
