package io.vigil.files.risk;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.port.out.RiskPolicyStore;

/** {@link RiskPolicyStore} on JSON files: one file per office. */
final class FileRiskPolicyStore extends FileVersionedStore<OfficeId, RiskPolicy> implements RiskPolicyStore {

    FileRiskPolicyStore(JsonDirectory<RiskPolicy> files) {
        super(files, "risk-policy");
    }
}
