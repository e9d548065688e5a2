package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.port.out.InformationLog;

/** {@link InformationLog} on JSON files. */
final class FileInformationLog extends FileVersionedStore<ExchangeId, InformationExchange> implements InformationLog.Scanned {
    FileInformationLog(JsonDirectory<InformationExchange> files) {
        super(files, "information exchange");
    }
}
