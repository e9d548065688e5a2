package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.port.out.AdviceRegister;

/** {@link AdviceRegister} on JSON files. */
final class FileAdviceRegister extends FileVersionedStore<AdviceId, LiaisonAdvice> implements AdviceRegister.Scanned {
    FileAdviceRegister(JsonDirectory<LiaisonAdvice> files) {
        super(files, "advice");
    }
}
