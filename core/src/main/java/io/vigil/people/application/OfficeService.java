package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.out.OfficeDirectory;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The office profiles: read by the office's members and the SOC, set by the office's security officer. */
final class OfficeService implements ManageOfficesUseCase {
    static final String TYPE = "office";

    private final OfficeDirectory offices;
    private final AccessGuard guard;
    private final CommandValidator validator;

    OfficeService(OfficeDirectory offices, AccessGuard guard, CommandValidator validator) {
        this.offices = offices;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public Page<OfficeProfile> list(Actor actor, PageRequest page) {
        guard.require(actor, Operation.READ, PeopleData.OFFICE_PROFILE, AccessTarget.office(actor.office()),
                AuditAction.LIST, TYPE, actor.office().value());
        List<OfficeProfile> readable = Page.all(p -> offices.list(p)).stream()
                .filter(o -> guard.check(actor, Operation.READ, PeopleData.OFFICE_PROFILE,
                        AccessTarget.office(o.id())).granted())
                .toList();
        return Page.of(readable, page);
    }

    @Override
    public OfficeProfile get(Actor actor, OfficeId office) {
        guard.require(actor, Operation.READ, PeopleData.OFFICE_PROFILE, AccessTarget.office(office),
                AuditAction.READ, TYPE, office.value());
        return offices.findById(office).orElseThrow(() -> new NotFoundException(TYPE, office));
    }

    @Override
    public OfficeProfile set(Actor actor, OfficeId office, long expectedVersion, OfficeDetails details) {
        validator.validate(details);
        List<FieldViolation> bad = new ArrayList<>();
        ZoneId zone = zone(details.timeZone().strip(), bad);
        if (!OfficeProfile.isCountry(details.country())) {
            bad.add(new FieldViolation("country", "must be an ISO 3166-1 alpha-2 country code such as MX or CF,"
                    + " was '" + details.country() + "'"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
        OfficeProfile built = CommandValidator.build("body", () -> new OfficeProfile(office, expectedVersion,
                details.name(), zone, details.country()));
        guard.require(actor, Operation.WRITE, PeopleData.OFFICE_PROFILE, AccessTarget.office(office),
                expectedVersion == 0 ? AuditAction.CREATE : AuditAction.UPDATE, TYPE, office.value());
        long stored = offices.findById(office).map(OfficeProfile::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new VersionConflictException(TYPE, office, expectedVersion, stored);
        }
        return offices.save(built);
    }

    @Override
    public Optional<ZoneId> zoneOf(OfficeId office) {
        return offices.findById(office).map(OfficeProfile::timeZone);
    }

    /** A region-based IANA zone id ({@code Africa/Bangui}, {@code UTC}); fixed offsets such as +01:00 or UTC+1 are refused. */
    private static ZoneId zone(String id, List<FieldViolation> bad) {
        try {
            ZoneId zone = ZoneId.of(id);
            if (!(zone instanceof ZoneOffset) && !id.matches("(UTC|GMT|UT)[+-].*")) {
                return zone;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        bad.add(new FieldViolation("timeZone", "must be an IANA time zone id such as Africa/Bangui or"
                + " America/Mexico_City, was '" + id + "'"));
        return null;
    }
}
