package io.vigil.files;

import io.vigil.json.VigilJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** One files store per test JVM under a temporary directory, shared by the contract tests. */
final class FileStoresFixture {
    static final FileStores STORES = create();

    private FileStoresFixture() {
    }

    private static FileStores create() {
        try {
            return FileStores.create(Files.createTempDirectory("vigil-files-contract"), VigilJson.mapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
