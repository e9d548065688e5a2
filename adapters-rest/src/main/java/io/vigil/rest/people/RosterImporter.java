package io.vigil.rest.people;

import io.vigil.kernel.access.Actor;
import java.io.Reader;
import java.util.List;

/**
 * Imports a CSV staff roster for {@code POST /api/v1/persons/import}; the host binds one (the
 * files adapter's roster import), or the route answers 404.
 */
public interface RosterImporter {

    /** One row that was not imported. */
    record RowProblem(long line, String reason) {
    }

    /** What an import did. */
    record Result(List<String> imported, List<RowProblem> problems) {
    }

    /** Imports the roster as the actor. */
    Result importRoster(Actor actor, Reader csv);
}
