package io.vigil.movement.application;

import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.movement.domain.ConvoyRules;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.MovementSettings;
import io.vigil.movement.port.in.ConfigureMovementsUseCase;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.out.MovementSettingsStore;

/** The office's movement settings: the standard ones until set, then versioned; the officer and associate set them. */
final class SettingsService implements ConfigureMovementsUseCase {
    static final String TYPE = "movement-settings";

    private final MovementSettingsStore settings;
    private final ManageOfficesUseCase offices;
    private final AccessGuard guard;
    private final CommandValidator validator;

    SettingsService(MovementSettingsStore settings, ManageOfficesUseCase offices, AccessGuard guard,
                    CommandValidator validator) {
        this.offices = offices;
        this.settings = settings;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public MovementSettings get(Actor actor) {
        guard.require(actor, Operation.READ, MovementData.MOVEMENT_SETTINGS, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, actor.office().value());
        return current(settings, offices, actor);
    }

    /**
     * The actor's office's settings, unchecked, in the time zone of the office's profile when it is set
     * (the one source of an office's zone); the zone stored here serves only an office without a profile.
     */
    static MovementSettings current(MovementSettingsStore settings, ManageOfficesUseCase offices, Actor actor) {
        MovementSettings s = settings.findById(actor.office()).orElseGet(() -> MovementSettings.standard(actor.office()));
        return offices.zoneOf(actor.office()).filter(zone -> !zone.getId().equals(s.timeZone()))
                .map(zone -> new MovementSettings(s.id(), s.version(), zone.getId(), s.leaderAfterMinutes(),
                        s.convoy(), s.supportLeadDays()))
                .orElse(s);
    }

    @Override
    public MovementSettings set(Actor actor, long expectedVersion, MovementSettingsDetails d) {
        validator.validate(d);
        String zone = OfficeZone.settled(offices.zoneOf(actor.office()), d.timeZone(),
                () -> current(settings, offices, actor).timeZone());
        MovementSettings built = CommandValidator.build("body", () -> new MovementSettings(actor.office(),
                expectedVersion, zone, d.leaderAfterMinutes(),
                new ConvoyRules(d.convoyLeaderAbove(), d.maxVehicles(), d.radioLeadAndLast()),
                d.supportLeadDays() == null ? MovementSettings.STANDARD_SUPPORT_LEAD_DAYS : d.supportLeadDays()));
        // the settings are open to read, but only those who write the fleet change them
        guard.require(actor, Operation.WRITE, MovementData.FLEET, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, actor.office().value());
        long stored = settings.findById(actor.office()).map(MovementSettings::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new VersionConflictException(TYPE, actor.office(), expectedVersion, stored);
        }
        return settings.save(built);
    }
}
