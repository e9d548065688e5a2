package io.vigil.travel.application;

import java.util.Optional;
import io.vigil.people.port.in.ManageOfficesUseCase;
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
    private final ManageOfficesUseCase offices;
    private final AccessGuard guard;
    private final CommandValidator validator;

    TravelPolicyService(TravelPolicyStore policies, ManageOfficesUseCase offices, AccessGuard guard,
                        CommandValidator validator) {
        this.offices = offices;
        this.policies = policies;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public TravelPolicy get(Actor actor) {
        guard.require(actor, Operation.READ, TravelData.TRAVEL_SETTINGS, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, actor.office().value());
        return current(policies, offices, actor.office());
    }

    /**
     * The office's settings, unchecked, in the time zone of the office's profile when it is set (the one
     * source of an office's zone); the zone stored here serves only an office without a profile.
     */
    static TravelPolicy current(TravelPolicyStore policies, ManageOfficesUseCase offices, OfficeId office) {
        TravelPolicy p = policies.findById(office).orElseGet(() -> TravelPolicy.standard(office));
        return offices.zoneOf(office).filter(zone -> !zone.equals(p.timeZone()))
                .map(zone -> new TravelPolicy(p.id(), p.version(), zone, p.maxOnFlight(), p.leadDays()))
                .orElse(p);
    }

    @Override
    public TravelPolicy set(Actor actor, long expectedVersion, TravelPolicyDetails details) {
        validator.validate(details);
        Optional<ZoneId> profile = offices.zoneOf(actor.office());
        String given = details.timeZone() == null || details.timeZone().isBlank() ? null : details.timeZone().strip();
        ZoneId zone;
        if (profile.isPresent()) {
            if (given != null && !given.equals(profile.get().getId())) {
                throw InvalidCommandException.of("timeZone", "is the office profile's time zone "
                        + profile.get().getId() + ", was '" + given + "': change it in the office's profile, or leave"
                        + " it out");
            }
            zone = profile.get();
        } else if (given == null) {
            zone = current(policies, offices, actor.office()).timeZone();
        } else {
            try {
                zone = ZoneId.of(given);
            } catch (DateTimeException e) {
                throw InvalidCommandException.of("timeZone", "must be an IANA time zone such as America/Mexico_City");
            }
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
