package io.vigil.incident.application;

import io.vigil.incident.domain.ChainMember;
import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.port.in.ConfigureIncidentsUseCase;
import io.vigil.incident.port.in.IncidentSettingsDetails;
import io.vigil.incident.port.out.IncidentSettingsStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;

/** The office's incident settings: the standard ones until set, then versioned. */
final class SettingsService implements ConfigureIncidentsUseCase {
    static final String TYPE = "incident-settings";

    private final IncidentSettingsStore settings;
    private final AccessGuard guard;
    private final CommandValidator validator;

    SettingsService(IncidentSettingsStore settings, AccessGuard guard, CommandValidator validator) {
        this.settings = settings;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public IncidentSettings get(Actor actor) {
        guard.require(actor, Operation.READ, IncidentData.INCIDENTS, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, actor.office().value());
        return current(actor.office());
    }

    /** The office's settings, unchecked. */
    IncidentSettings current(OfficeId office) {
        return settings.findById(office).orElseGet(() -> IncidentSettings.standard(office));
    }

    @Override
    public IncidentSettings set(Actor actor, long expectedVersion, IncidentSettingsDetails details) {
        validator.validate(details);
        IncidentSettings built = CommandValidator.build("body", () -> new IncidentSettings(actor.office(),
                expectedVersion, details.taxonomy(), details.chain().stream()
                .map(m -> new ChainMember(m.role(), m.name(), m.channel(), m.address())).toList(),
                details.codeList(), details.codes()));
        guard.require(actor, Operation.WRITE, IncidentData.INCIDENTS, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, actor.office().value());
        long stored = settings.findById(actor.office()).map(IncidentSettings::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new VersionConflictException(TYPE, actor.office(), expectedVersion, stored);
        }
        return settings.save(built);
    }
}
