package io.vigil.risk.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.SharedPeopleData;
import io.vigil.risk.domain.CheckResult;
import io.vigil.risk.domain.DueCheck;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.FacilityId;
import io.vigil.risk.domain.ResidenceSurvey;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.port.in.FacilityDetails;
import io.vigil.risk.port.in.ManageFacilitiesUseCase;
import io.vigil.risk.port.out.FacilityRegistry;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Facilities under {@link RiskData#RISK}; a staff residence additionally under
 * {@link SharedPeopleData#RESIDENCE}, so managers see offices but never where staff live.
 */
final class FacilityService implements ManageFacilitiesUseCase {
    static final String TYPE = "facility";

    private final FacilityRegistry facilities;
    private final GuardedRecords<FacilityId, Facility> records;
    private final AccessGuard guard;
    private final CommandValidator validator;

    @Inject
    FacilityService(FacilityRegistry facilities, AccessGuard guard, CommandValidator validator) {
        this.facilities = facilities;
        this.records = new GuardedRecords<>(TYPE, RiskData.RISK, facilities, facilities::list, guard);
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public Facility create(Actor actor, FacilityDetails details) {
        Facility built = build(actor, FacilityId.random(), 0, details, List.of());
        requireResidence(actor, built, Operation.WRITE, AuditAction.CREATE);
        return records.create(actor, built);
    }

    @Override
    public Facility update(Actor actor, FacilityId id, long expectedVersion, FacilityDetails details) {
        return records.change(actor, id, expectedVersion, Operation.WRITE, current -> {
            Facility built = build(actor, id, expectedVersion, details, current.surveys());
            requireResidence(actor, current.holdsResidenceData() ? current : built, Operation.WRITE,
                    AuditAction.UPDATE);
            return built;
        });
    }

    @Override
    public void remove(Actor actor, FacilityId id, long expectedVersion) {
        Facility current = records.load(actor, id, Operation.WRITE, AuditAction.DELETE);
        requireResidence(actor, current, Operation.WRITE, AuditAction.DELETE);
        facilities.delete(id, expectedVersion);
    }

    @Override
    public Facility get(Actor actor, FacilityId id) {
        Facility f = records.get(actor, id);
        requireResidence(actor, f, Operation.READ, AuditAction.READ);
        return f;
    }

    @Override
    public Page<Facility> list(Actor actor, PageRequest page) {
        if (residencesVisible(actor, "facility list")) {
            return records.list(actor, page);
        }
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return Page.of(facilities.all(actor.office()).stream().filter(f -> !f.holdsResidenceData()).toList(), page);
    }

    @Override
    public Facility recordCheck(Actor actor, FacilityId id, long expectedVersion, String assetTag, CheckResult result) {
        return change(actor, id, expectedVersion, f -> f.withCheck(assetTag, result));
    }

    @Override
    public Facility recordSurvey(Actor actor, FacilityId id, long expectedVersion, ResidenceSurvey survey) {
        return change(actor, id, expectedVersion, f -> {
            if (!f.holdsResidenceData()) {
                throw RefusedException.because("facility " + id + " is " + f.kind() + "; only a RESIDENCE is surveyed");
            }
            return f.withSurvey(survey);
        });
    }

    @Override
    public List<DueCheck> dueChecks(Actor actor, Instant at, Duration horizon) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        boolean residences = residencesVisible(actor, "due checks");
        return facilities.all(actor.office()).stream().filter(f -> residences || !f.holdsResidenceData())
                .flatMap(f -> f.dueChecks(at, horizon).stream())
                .sorted(Comparator.comparing(DueCheck::due).thenComparing(d -> d.facility().toString())
                        .thenComparing(DueCheck::assetTag))
                .toList();
    }

    @Override
    public List<Facility> nonCompliantResidences(Actor actor) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        guard.require(actor, Operation.READ, SharedPeopleData.RESIDENCE, AccessTarget.office(actor.office()),
                AuditAction.LIST, TYPE, "non-compliant residences");
        return facilities.all(actor.office()).stream().filter(Facility::holdsResidenceData)
                .filter(f -> f.latestSurvey().map(s -> !s.compliant()).orElse(true)).toList();
    }

    private Facility change(Actor actor, FacilityId id, long expectedVersion, UnaryOperator<Facility> change) {
        return records.change(actor, id, expectedVersion, Operation.WRITE, current -> {
            requireResidence(actor, current, Operation.WRITE, AuditAction.UPDATE);
            return change.apply(current);
        });
    }

    /**
     * Whether the actor may see the office's staff residences among the facilities; when they may,
     * the read is audited like any other residence read.
     */
    private boolean residencesVisible(Actor actor, String what) {
        AccessTarget office = AccessTarget.office(actor.office());
        if (!guard.check(actor, Operation.READ, SharedPeopleData.RESIDENCE, office).granted()) {
            return false;
        }
        guard.require(actor, Operation.READ, SharedPeopleData.RESIDENCE, office, AuditAction.LIST, TYPE, what);
        return true;
    }

    private void requireResidence(Actor actor, Facility f, Operation op, AuditAction action) {
        if (f.holdsResidenceData()) {
            guard.require(actor, op, SharedPeopleData.RESIDENCE, AccessTarget.office(f.office()), action, TYPE,
                    f.id().toString());
        }
    }

    private Facility build(Actor actor, FacilityId id, long version, FacilityDetails d,
                           List<ResidenceSurvey> surveys) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Facility(id, actor.office(), version, d.name(), d.kind(),
                d.address(), d.location(), Optional.ofNullable(d.residenceRef()), d.assets(), surveys));
    }
}
