package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
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
    private final GuardedRecords<MissionId, Mission> records;
    private final References refs;
    private final CommandValidator validator;

    @Inject
    MissionService(MissionRegistry missions, PersonAccess access, References refs, CommandValidator validator) {
        this.missions = missions;
        this.access = access;
        this.records = access.records(TYPE, DataClass.MOVEMENT, missions, missions::list)
                .aboutPersons(Mission::members, access::target);
        this.refs = refs;
        this.validator = validator;
    }

    @Override
    public Mission create(Actor actor, MissionDetails details) {
        return records.create(actor, build(actor, MissionId.random(), 0, details));
    }

    @Override
    public Mission update(Actor actor, MissionId id, long expectedVersion, MissionDetails details) {
        return records.update(actor, id, current -> build(actor, id, expectedVersion, details));
    }

    @Override
    public void remove(Actor actor, MissionId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion);
    }

    @Override
    public Mission get(Actor actor, MissionId id) {
        return records.get(actor, id);
    }

    @Override
    public List<Mission> ofPerson(Actor actor, PersonId person) {
        access.require(actor, Operation.READ, DataClass.MOVEMENT, access.target(actor.office(), person),
                AuditAction.LIST, TYPE, person.toString());
        return missions.ofPerson(person).stream().filter(m -> m.office().equals(actor.office())).toList();
    }

    @Override
    public Page<Mission> list(Actor actor, PageRequest page) {
        return records.list(actor, page);
    }

    private Mission build(Actor actor, MissionId id, long version, MissionDetails d) {
        validator.validate(d);
        refs.allExist(actor.office(), d.members(), "members");
        return CommandValidator.build("body", () -> new Mission(id, actor.office(), version, d.name(),
                d.purpose(), d.members(), d.legs(), d.stays()));
    }
}
