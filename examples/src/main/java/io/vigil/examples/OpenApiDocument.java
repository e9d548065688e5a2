package io.vigil.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the OpenAPI document the reference app serves to a file, for a client generator:
 * {@code java -cp vigil-reference-app.jar io.vigil.examples.OpenApiDocument vigil-openapi.json}. It
 * starts the app on a free local port over an empty throwaway files store (with an SMS secret, so the
 * SMS webhook is described too; a random token nobody is given), reads {@code /api/v1/openapi.json}
 * and stops it again.
 */
public final class OpenApiDocument {
    /** Where the reference app serves the document. */
    static final String PATH = "/api/v1/openapi.json";

    private OpenApiDocument() {
    }

    /**
     * Writes the served document to the file named by the one argument (its directories are created).
     *
     * @param args the file to write
     * @throws IOException if the document cannot be read or written
     * @throws InterruptedException if interrupted while reading it
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OpenApiDocument <file to write>");
        }
        write(Path.of(args[0]));
    }

    /** Writes the served document to {@code target}. */
    static void write(Path target) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("vigil-openapi");
        try {
            byte[] document = served(data);
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(target, document);
        } finally {
            delete(data);
        }
    }

    private static byte[] served(Path data) throws IOException, InterruptedException {
        Path tokens = Files.writeString(data.resolve("tokens"), random() + " openapi@localhost XX-DOC INTEGRATION\n");
        AppConfig config = AppConfig.fromEnvironment(Map.of("VIGIL_STORE", "files", "VIGIL_DATA_DIR",
                data.toString(), "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "false",
                TokensFile.VARIABLE, tokens.toString(), "VIGIL_SMS_SECRET", random()));
        try (ReferenceApp app = ReferenceApp.start(config)) {
            HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + PATH)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200) {
                throw new IOException(PATH + " answered " + reply.statusCode());
            }
            return reply.body();
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
