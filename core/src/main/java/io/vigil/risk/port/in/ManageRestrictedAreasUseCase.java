package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import java.util.List;

/** Draw restricted and high-risk areas and ask which of their rules apply to a place or route. */
public interface ManageRestrictedAreasUseCase extends RecordsUseCase<RestrictedAreaId, RestrictedAreaDetails, RestrictedArea> {
    /** Records an area in the actor's office. */
    RestrictedArea create(Actor actor, RestrictedAreaDetails details);

    /** Replaces an area's details at the expected version. */
    RestrictedArea update(Actor actor, RestrictedAreaId id, long expectedVersion, RestrictedAreaDetails details);

    /** Removes an area at the expected version. */
    void remove(Actor actor, RestrictedAreaId id, long expectedVersion);

    /** One area. */
    RestrictedArea get(Actor actor, RestrictedAreaId id);

    /** The office's areas by name. */
    Page<RestrictedArea> list(Actor actor, PageRequest page);

    /** The areas in force at the query's time that contain its point or that its route enters, by name. */
    List<RestrictedArea> applicable(Actor actor, RuleQuery query);

    /** Creates every area, or none if any is invalid (the refusal names each bad one by index). */
    List<RestrictedArea> createAll(Actor actor, List<RestrictedAreaDetails> areas);
}
