package io.vigil.risk.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.domain.VenueId;
import io.vigil.risk.port.in.ManageVenuesUseCase;
import io.vigil.risk.port.in.VenueDetails;
import io.vigil.risk.port.out.VenueRegistry;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Venue assessments; the actor who records one is its assessor. */
final class VenueService extends GuardedRecordsService<VenueId, VenueDetails, VenueAssessment>
        implements ManageVenuesUseCase {
    private final VenueRegistry venues;
    private final CommandValidator validator;

    @Inject
    VenueService(VenueRegistry venues, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("venue", RiskData.RISK, venues, venues::list, guard));
        this.venues = venues;
        this.validator = validator;
    }

    @Override
    public VenueAssessment create(Actor actor, VenueDetails details) {
        return records.create(actor, build(actor, VenueId.random(), 0, details));
    }

    @Override
    public VenueAssessment update(Actor actor, VenueId id, long expectedVersion, VenueDetails details) {
        return records.update(actor, id, build(actor, id, expectedVersion, details));
    }

    @Override
    public List<VenueAssessment> expired(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return venues.expired(actor.office(), at);
    }

    private VenueAssessment build(Actor actor, VenueId id, long version, VenueDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new VenueAssessment(id, actor.office(), version, d.name(),
                d.kind(), d.address(), d.location(), d.rating(), d.findings(), d.approvedForStaff(), actor.subject(),
                d.assessedAt(), d.validUntil()));
    }
}
