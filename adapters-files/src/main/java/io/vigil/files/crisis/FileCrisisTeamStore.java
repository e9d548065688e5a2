package io.vigil.files.crisis;

import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.kernel.OfficeId;
import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link CrisisTeamStore} on JSON files. */
final class FileCrisisTeamStore extends FileVersionedStore<OfficeId, CrisisTeam> implements CrisisTeamStore {
    FileCrisisTeamStore(JsonDirectory<CrisisTeam> files) {
        super(files, "crisis-team");
    }
}
