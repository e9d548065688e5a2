package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;

/**
 * The telephone tree: who calls whom when the office must reach everyone by phone, and timed
 * drills of it. Every member of the office may read the trees; security officers and associates
 * draw them. Drills (who was reached, how fast) are accountability data: the security roles run
 * and read them, managers read them.
 */
public interface PhoneTreesUseCase extends RecordsUseCase<TreeId, PhoneTreeDetails, PhoneTree> {
    PhoneTree create(Actor actor, PhoneTreeDetails details);

    /** Redraws the tree at the expected version; its drills are kept, each with the tree it tested. */
    PhoneTree update(Actor actor, TreeId id, long expectedVersion, PhoneTreeDetails details);

    void remove(Actor actor, TreeId id, long expectedVersion);

    PhoneTree get(Actor actor, TreeId id);

    /** The office's trees by name. */
    Page<PhoneTree> list(Actor actor, PageRequest page);

    /** Starts a timed drill now; the target is everyone reached within {@code targetMinutes}. */
    DrillReport startDrill(Actor actor, TreeId tree, int targetMinutes);

    /** Records a call of a running drill. */
    DrillReport recordCall(Actor actor, TreeId tree, DrillId drill, CallDetails call);

    /** Ends a running drill now. */
    DrillReport endDrill(Actor actor, TreeId tree, DrillId drill);

    /** A drill and its outcome. */
    DrillReport drill(Actor actor, TreeId tree, DrillId drill);
}
