package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.out.MissionRegistry;
import jakarta.inject.Inject;
import java.util.List;

/** Plans and reads missions; itineraries are movement data, so reads are audited. */
final class MissionService implements ManageMissionsUseCase {
    static final String TYPE = "mission";

    private final MissionRegistry missions;
    private final PersonAccess access;
    private final References refs;
    private final CommandValidator validator;

    @Inject
    MissionService(MissionRegistry missions, PersonAccess access, References refs, CommandValidator validator) {
        this.missions = missions;
        this.access = access;
        this.refs = refs;
        this.validator = validator;
    }

    @Override
    public Mission create(Actor actor, MissionDetails details) {
        return store(actor, MissionId.random(), 0, details, AuditAction.CREATE);
    }

    @Override
    public Mission update(Actor actor, MissionId id, long expectedVersion, MissionDetails details) {
        Mission current = load(actor, id);
        access.requireFor(actor, Operation.WRITE, PeopleData.MOVEMENT, current.office(), current.members(),
                AuditAction.UPDATE, TYPE, id.toString());
        return store(actor, id, expectedVersion, details, AuditAction.UPDATE);
    }

    @Override
    public void remove(Actor actor, MissionId id, long expectedVersion) {
        Mission current = load(actor, id);
        access.requireFor(actor, Operation.WRITE, PeopleData.MOVEMENT, current.office(), current.members(),
                AuditAction.DELETE, TYPE, id.toString());
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        missions.delete(id, expectedVersion);
    }

    @Override
    public Mission get(Actor actor, MissionId id) {
        Mission m = load(actor, id);
        access.requireFor(actor, Operation.READ, PeopleData.MOVEMENT, m.office(), m.members(), AuditAction.READ, TYPE,
                id.toString());
        return m;
    }

    @Override
    public List<Mission> ofPerson(Actor actor, PersonId person) {
        access.require(actor, Operation.READ, PeopleData.MOVEMENT, access.target(actor.office(), person),
                AuditAction.LIST, TYPE, person.toString());
        return missions.ofPerson(person).stream().filter(m -> m.office().equals(actor.office())).toList();
    }

    @Override
    public Page<Mission> list(Actor actor, PageRequest page) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.MOVEMENT, AuditAction.LIST, TYPE);
        Page<Mission> result = missions.list(actor.office(), page);
        access.audit(actor, AuditAction.LIST, TYPE, actor.office().value(), PeopleData.MOVEMENT, basis,
                result.items().stream().flatMap(m -> m.members().stream()).distinct().toList());
        return result;
    }

    private Mission store(Actor actor, MissionId id, long version, MissionDetails d, AuditAction action) {
        validator.validate(d);
        refs.allExist(actor.office(), d.members(), "members");
        Mission candidate = CommandValidator.build("body", () -> new Mission(id, actor.office(), version, d.name(),
                d.purpose(), d.members(), d.legs(), d.stays()));
        access.requireFor(actor, Operation.WRITE, PeopleData.MOVEMENT, actor.office(), candidate.members(), action,
                TYPE, id.toString());
        return missions.save(candidate);
    }

    private Mission load(Actor actor, MissionId id) {
        return missions.findById(id).filter(m -> access.visible(actor, m.office(), PeopleData.MOVEMENT))
                .orElseThrow(() -> new NotFoundException(TYPE, id));
    }
}
