package io.vigil.travel.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.travel.domain.TravelData;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.port.in.ConfigureTravelUseCase;
import io.vigil.travel.port.in.TravelPolicyDetails;
import io.vigil.travel.port.out.TravelPolicyStore;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The office's travel settings: the standard ones until set, then versioned. */
final class TravelPolicyService implements ConfigureTravelUseCase {
    static final String TYPE = "travel-policy";

    private final TravelPolicyStore policies;
    private final AccessGuard guard;
    private final CommandValidator validator;

    TravelPolicyService(TravelPolicyStore policies, AccessGuard guard, CommandValidator validator) {
        this.policies = policies;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public TravelPolicy get(Actor actor) {
        guard.require(actor, Operation.READ, TravelData.TRAVEL_SETTINGS, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, actor.office().value());
        return current(policies, actor.office());
    }

    /** The office's settings, unchecked. */
    static TravelPolicy current(TravelPolicyStore policies, OfficeId office) {
        return policies.findById(office).orElseGet(() -> TravelPolicy.standard(office));
    }

    @Override
    public TravelPolicy set(Actor actor, long expectedVersion, TravelPolicyDetails details) {
        validator.validate(details);
        ZoneId zone;
        try {
            zone = ZoneId.of(details.timeZone().strip());
        } catch (DateTimeException e) {
            throw InvalidCommandException.of("timeZone", "must be an IANA time zone such as America/Mexico_City");
        }
        TravelPolicy built = CommandValidator.build("body", () -> new TravelPolicy(actor.office(), expectedVersion,
                zone, details.maxOnFlight(), details.leadDays()));
        guard.require(actor, Operation.WRITE, TravelData.TRAVEL_SETTINGS, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, actor.office().value());
        long stored = policies.findById(actor.office()).map(TravelPolicy::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new VersionConflictException(TYPE, actor.office(), expectedVersion, stored);
        }
        return policies.save(built);
    }
}
