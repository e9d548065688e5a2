package io.vigil.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Request parsing and response writing shared by the route classes. */
public final class Http {
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private final ObjectMapper json;
    private final int maxPageSize;

    /** Pages of at most {@link RestLimits#DEFAULT}'s size. */
    public Http(ObjectMapper json) {
        this(json, RestLimits.DEFAULT);
    }

    public Http(ObjectMapper json, RestLimits limits) {
        this.json = json;
        this.maxPageSize = limits.maxPageSize();
    }

    public ObjectMapper json() {
        return json;
    }

    /** The JSON body as {@code type}; Jackson's errors are turned into problems by {@link ProblemMapper}. */
    public <T> T body(Context ctx, Class<T> type) throws IOException {
        requireMediaType(ctx, JSON);
        String text = ctx.body();
        if (text.isBlank()) {
            throw InvalidCommandException.of("body", "must not be empty");
        }
        T value = json.readValue(text, type);
        if (value == null) {
            throw InvalidCommandException.of("body", "must be a JSON object, not null");
        }
        return value;
    }

    /** Refuses a body of another media type with 415. */
    public static void requireMediaType(Context ctx, String media) {
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (!contentType.startsWith(media)) {
            throw new ApiException(415, "Unsupported media type", "send the body as " + media);
        }
    }

    public void send(Context ctx, int status, Object value) throws IOException {
        ctx.status(status).contentType(JSON).result(json.writeValueAsBytes(value));
    }

    public static void etag(Context ctx, long version) {
        ctx.header("ETag", "\"" + version + "\"");
    }

    /** The version named by the required {@code If-Match} header. */
    public static long ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new ApiException(428, "Precondition required",
                    "send If-Match with the ETag of the version you are changing");
        }
        Matcher m = ETAG.matcher(header.strip());
        if (!m.matches()) {
            throw InvalidCommandException.of("If-Match", "must be an ETag such as \"3\", was " + header);
        }
        return Long.parseLong(m.group(1));
    }

    /** The page asked for by {@code ?offset=} and {@code ?limit=} (50 by default, at most the configured page size). */
    public PageRequest page(Context ctx) {
        int offset = intParam(ctx, "offset", 0);
        int limit = intParam(ctx, "limit", Math.min(50, maxPageSize));
        return CommandValidator.build("limit", () -> {
            if (offset < 0) {
                throw new InvalidValueException("offset", "must not be negative");
            }
            if (limit < 1 || limit > maxPageSize) {
                throw new InvalidValueException("limit", "must be between 1 and " + maxPageSize + ", was " + limit);
            }
            return new PageRequest(offset, limit);
        });
    }

    public static int intParam(Context ctx, String name, int fallback) {
        return param(ctx, name, Integer::parseInt, "a whole number").orElse(fallback);
    }

    public static Optional<Instant> instantParam(Context ctx, String name) {
        return param(ctx, name, Instant::parse, "an ISO-8601 instant such as 2026-03-01T12:00:00Z")
                .map(instant -> InstantWindow.check(name, instant));
    }

    public static Optional<String> textParam(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
    }

    public static <T> Optional<T> param(Context ctx, String name, Function<String, T> parse, String expected) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(raw.strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw InvalidCommandException.of(name, "must be " + expected + ", was '" + raw + "'");
        }
    }

    /** A path parameter parsed as an id; a malformed one is a 404, since no such record can exist. */
    public static <T> T id(Context ctx, String name, Function<String, T> parse, String type) {
        String raw = ctx.pathParam(name);
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new ApiException(404, "Not found", type + " " + raw + " was not found");
        }
    }

    /** The noun with its indefinite article, for messages and summaries ("an assessment", "a venue"). */
    public static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
