package io.vigil.testkit.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Records as a released Vigil stored them (see the README beside them), by store directory: file name to raw JSON. */
public final class GoldenBodies {
    /** The bodies the 0.1 reference app wrote to its JSON directory. */
    public static final String V0_1 = "v0.1";

    private static final String ROOT = "/io/vigil/testkit/golden/";

    private GoldenBodies() {
    }

    /** The store directories of a version ({@code persons}, {@code residences}, ...), sorted. */
    public static List<String> storeDirs(String version) {
        return walk(version, root -> {
            try (Stream<Path> dirs = Files.list(root)) {
                return dirs.filter(Files::isDirectory).map(GoldenBodies::name).sorted().toList();
            }
        });
    }

    /** The bodies of one store directory of a version: file name ({@code <key>.json}) to its text. */
    public static SortedMap<String, String> of(String version, String storeDir) {
        return walk(version, root -> {
            Path dir = root.resolve(storeDir);
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no golden bodies for " + version + "/" + storeDir);
            }
            SortedMap<String, String> bodies = new TreeMap<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> name(f).endsWith(".json")).toList()) {
                    bodies.put(name(file), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            return Collections.unmodifiableSortedMap(bodies);
        });
    }

    private static String name(Path path) {
        return path.getFileName().toString().replace("/", ""); // a zip file system may end a folder's name in '/'
    }

    private interface Reader<T> {
        T read(Path root) throws IOException;
    }

    private static <T> T walk(String version, Reader<T> reader) {
        URL url = GoldenBodies.class.getResource(ROOT + version);
        if (url == null) {
            throw new IllegalArgumentException("no golden bodies for version " + version);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return reader.read(Path.of(uri));
            }
            // a jar on the classpath: open our own view of it, so nobody else's is closed under us
            String part = uri.getRawSchemeSpecificPart();
            String jar = part.substring(0, part.indexOf("!/"));
            try (FileSystem zip = FileSystems.newFileSystem(Path.of(URI.create(jar)), Map.of())) {
                return reader.read(zip.getPath(ROOT + version));
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
