package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import java.util.List;

/** Record and read where persons live; every read is audited. */
public interface ManageResidencesUseCase extends RecordsUseCase<ResidenceId, ResidenceDetails, Residence> {

    /** Records a residence in the actor's office. */
    Residence create(Actor actor, ResidenceDetails details);

    /** Replaces a residence's details at the expected version. */
    Residence update(Actor actor, ResidenceId id, long expectedVersion, ResidenceDetails details);

    /** Removes a residence at the expected version. */
    void remove(Actor actor, ResidenceId id, long expectedVersion);

    /** One residence. */
    Residence get(Actor actor, ResidenceId id);

    /** The residences of one person. */
    List<Residence> ofPerson(Actor actor, PersonId person);

    /** Every residence of the office; needs office-wide residence access. */
    Page<Residence> list(Actor actor, PageRequest page);
}
