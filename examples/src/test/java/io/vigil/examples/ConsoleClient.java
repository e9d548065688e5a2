package io.vigil.examples;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser, for the console's HTTP-level tests: one cookie, redirects not followed. */
final class ConsoleClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^(__Host-)?vigil-console=([^;]*)");
    private static final Pattern LANGUAGE = Pattern.compile("^(__Host-)?vigil-language=([^;]*)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie = "";
    private String csrf = "";
    private String language = "";

    ConsoleClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return keep(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A GET with one extra header (htmx's {@code HX-Request}, say). */
    HttpResponse<String> send(String path, String header, String value) throws IOException, InterruptedException {
        return keep(http.send(request(path).header(header, value).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return keep(http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Signs in as the demo identity {@code token} through the sign-in form. */
    HttpResponse<String> signIn(String token) throws IOException, InterruptedException {
        get("/console/sign-in");
        return post("/console/sign-in", form("identity", token));
    }

    /** A form's fields with the last page's CSRF token. */
    Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    String cookie() {
        return cookie;
    }

    void cookie(String value) {
        cookie = value;
    }

    /** The language the console's selector chose (its cookie), empty if none. */
    String language() {
        return language;
    }

    void language(String value) {
        language = value;
    }

    String csrf() {
        return csrf;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        String cookies = (cookie.isEmpty() ? "" : "vigil-console=" + cookie)
                + (language.isEmpty() ? "" : (cookie.isEmpty() ? "" : "; ") + "vigil-language=" + language);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies);
        }
        return b;
    }

    private HttpResponse<String> keep(HttpResponse<String> r) {
        for (String set : r.headers().allValues("Set-Cookie")) {
            Matcher m = COOKIE.matcher(set);
            if (m.find()) {
                cookie = m.group(2);
            }
            Matcher l = LANGUAGE.matcher(set);
            if (l.find()) {
                language = l.group(2);
            }
        }
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    /** The first match of {@code regex}'s group 1 in {@code body}. */
    static Optional<String> find(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
