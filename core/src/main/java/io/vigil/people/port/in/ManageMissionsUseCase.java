package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import java.util.List;

/** Plan and read visiting missions and duty trips. */
public interface ManageMissionsUseCase extends RecordsUseCase<MissionId, MissionDetails, Mission> {

    /** Records a mission in the actor's office. */
    Mission create(Actor actor, MissionDetails details);

    /** Replaces a mission's details at the expected version. */
    Mission update(Actor actor, MissionId id, long expectedVersion, MissionDetails details);

    /** Removes a mission at the expected version. */
    void remove(Actor actor, MissionId id, long expectedVersion);

    /** One mission. */
    Mission get(Actor actor, MissionId id);

    /** The missions one person travels on. */
    List<Mission> ofPerson(Actor actor, PersonId person);

    /** The office's missions; needs office-wide movement access. */
    Page<Mission> list(Actor actor, PageRequest page);
}
