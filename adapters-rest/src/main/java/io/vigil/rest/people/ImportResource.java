package io.vigil.rest.people;

import java.util.List;

/** What a roster import did: the ids of the persons imported and each refused row with its line. */
public record ImportResource(int importedCount, List<String> imported, int refusedCount,
                             List<RosterImporter.RowProblem> refused) {

    public static ImportResource from(RosterImporter.Result r) {
        return new ImportResource(r.imported().size(), r.imported(), r.problems().size(), r.problems());
    }
}
