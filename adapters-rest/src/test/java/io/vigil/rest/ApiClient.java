package io.vigil.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.json.VigilJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the API tests. */
public final class ApiClient {
    private static final ObjectMapper JSON = VigilJson.mapper();

    /** A response with its body parsed when it is JSON. */
    public record Reply(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String etag() {
            return header("ETag");
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Reply get(String token, String path) {
        return send(token, "GET", path, null, null, null);
    }

    public Reply post(String token, String path, String body) {
        return send(token, "POST", path, body, "application/json", null);
    }

    public Reply put(String token, String path, String body, String ifMatch) {
        return send(token, "PUT", path, body, "application/json", ifMatch);
    }

    public Reply delete(String token, String path, String ifMatch) {
        return send(token, "DELETE", path, null, null, ifMatch);
    }

    /** A POST of JSON with the given headers and no token (for signed webhooks). */
    public Reply postWithHeaders(String path, String body, Map<String, String> extra) {
        List<String> headers = new ArrayList<>();
        extra.forEach((name, value) -> {
            headers.add(name);
            headers.add(value);
        });
        return send(null, "POST", path, body, "application/json", null, headers);
    }

    public Reply send(String token, String method, String path, String body, String contentType, String ifMatch) {
        return send(token, method, path, body, contentType, ifMatch, new ArrayList<>());
    }

    private Reply send(String token, String method, String path, String body, String contentType, String ifMatch,
                       List<String> headers) {
        if (token != null) {
            headers.add("Authorization");
            headers.add("Bearer " + token);
        }
        if (contentType != null) {
            headers.add("Content-Type");
            headers.add(contentType);
        }
        if (ifMatch != null) {
            headers.add("If-Match");
            headers.add(ifMatch);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!headers.isEmpty()) {
            request.headers(headers.toArray(String[]::new));
        }
        return send(client, request.build());
    }

    /** Sends a request as it is, on the given client's connections. */
    public static Reply send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
