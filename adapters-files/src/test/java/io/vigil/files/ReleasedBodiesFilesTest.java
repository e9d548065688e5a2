package io.vigil.files;

import io.vigil.files.alerting.FileAlertingStores;
import io.vigil.files.audit.FileAuditStores;
import io.vigil.files.people.FilePeopleStores;
import io.vigil.files.risk.FileRiskStores;
import io.vigil.json.VigilJson;
import io.vigil.testkit.contract.alerting.AlertingGoldenStores;
import io.vigil.testkit.contract.audit.AuditGoldenStores;
import io.vigil.testkit.contract.people.PeopleGoldenStores;
import io.vigil.testkit.contract.risk.RiskGoldenStores;
import io.vigil.testkit.golden.GoldenStore;
import io.vigil.testkit.golden.ReleasedBodiesContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JSON directory the 0.1 reference app wrote still reads, file by file, through every context's stores. */
class ReleasedBodiesFilesTest extends ReleasedBodiesContract {
    private final Path base;
    private final List<GoldenStore<?>> stores = new ArrayList<>();

    ReleasedBodiesFilesTest() throws IOException {
        base = Files.createTempDirectory("vigil-released-bodies");
        stores.addAll(AuditGoldenStores.of(new FileAuditStores(base).open()));
        stores.addAll(PeopleGoldenStores.of(new FilePeopleStores(base).open()));
        stores.addAll(RiskGoldenStores.of(new FileRiskStores(base).open()));
        stores.addAll(AlertingGoldenStores.of(new FileAlertingStores(base).open()));
    }

    @Override
    protected List<GoldenStore<?>> stores() {
        return stores;
    }

    @Override
    protected <T> T parse(String raw, Class<T> type) {
        try {
            return VigilJson.mapper().readValue(raw, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release wrote one file per record, {@code <dir>/<key>.json}: the very bytes. */
    @Override
    protected void stash(GoldenStore<?> store, String key, String raw, Object parsed) {
        try {
            Path dir = Files.createDirectories(base.resolve(store.dir()));
            Files.writeString(dir.resolve(key + ".json"), raw, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
