package io.vigil.rest.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an issuer's JSON Web Key Set comes from: its {@code jwks_uri} over HTTP(S), or a file the
 * deployment keeps. A document over {@value #MAX_BYTES} bytes is refused.
 */
public interface KeySetSource {
    /** The largest key set document read: 256 KiB. */
    int MAX_BYTES = 256 * 1024;

    /** The key set document as it is now. */
    String fetch() throws IOException;

    /** Where it comes from, for messages. */
    String describe();

    /** A key set served at {@code uri} (http or https), fetched with the given timeout for connecting and reading. */
    static KeySetSource url(URI uri, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the key set URL must be http or https, was '" + uri + "'");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new KeySetSource() {
            @Override
            public String fetch() throws IOException {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", "application/jwk-set+json, application/json").GET().build();
                HttpResponse<InputStream> response;
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while fetching " + uri, e);
                }
                try (InputStream body = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new IOException(uri + " answered " + response.statusCode());
                    }
                    return bounded(body, uri.toString());
                }
            }

            @Override
            public String describe() {
                return uri.toString();
            }
        };
    }

    /** A key set kept in a file, read again on every refresh (so replacing the file rotates the keys). */
    static KeySetSource file(Path file) {
        Objects.requireNonNull(file, "file");
        return new KeySetSource() {
            @Override
            public String fetch() throws IOException {
                try (InputStream in = Files.newInputStream(file)) {
                    return bounded(in, file.toString());
                }
            }

            @Override
            public String describe() {
                return file.toString();
            }
        };
    }

    private static String bounded(InputStream in, String where) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IOException(where + " holds more than " + MAX_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
