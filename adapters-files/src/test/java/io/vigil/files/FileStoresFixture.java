package io.vigil.files;

import io.vigil.wiring.ContextStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** One base directory per test JVM, shared by the contract tests, with each context's stores opened once. */
public final class FileStoresFixture {
    private static final Path BASE = create();
    private static final Map<Class<?>, Object> OPENED = new HashMap<>();

    private FileStoresFixture() {
    }

    /** A context's stores under the shared directory. */
    public static synchronized <P> P stores(Function<Path, ContextStores<P>> stores) {
        ContextStores<P> factory = stores.apply(BASE);
        return factory.portsType().cast(OPENED.computeIfAbsent(factory.portsType(), k -> factory.open()));
    }

    private static Path create() {
        try {
            return Files.createTempDirectory("vigil-files-contract");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
