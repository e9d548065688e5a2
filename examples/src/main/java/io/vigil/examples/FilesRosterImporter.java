package io.vigil.examples;

import io.vigil.files.people.RosterImport;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.rest.people.RosterImporter;
import jakarta.inject.Inject;
import java.io.Reader;

/** Serves the REST roster import with the files adapter's CSV reader. */
final class FilesRosterImporter implements RosterImporter {
    private final RosterImport roster;

    @Inject
    FilesRosterImporter(ManagePersonsUseCase persons) {
        this.roster = new RosterImport(persons);
    }

    @Override
    public Result importRoster(Actor actor, Reader csv) {
        RosterImport.Report report = roster.importRoster(actor, csv);
        return new Result(report.imported().stream().map(PersonId::toString).toList(),
                report.errors().stream().map(e -> new RowProblem(e.line(), e.reason())).toList());
    }
}
