package io.vigil.files.travel;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.port.out.AirOperatorRegistry;

/** {@link AirOperatorRegistry} on JSON files. */
final class FileAirOperatorRegistry extends FileVersionedStore<AirOperatorId, AirOperator> implements AirOperatorRegistry.Scanned {
    FileAirOperatorRegistry(JsonDirectory<AirOperator> files) {
        super(files, "air-operator");
    }
}
