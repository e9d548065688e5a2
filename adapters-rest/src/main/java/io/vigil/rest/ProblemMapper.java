package io.vigil.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.StorageException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into an RFC 9457 problem: never a stack trace, never a 500 for bad input. */
final class ProblemMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String TYPE = "urn:vigil:problem:";

    private final Http http;

    ProblemMapper(Http http) {
        this.http = http;
    }

    void handle(Exception e, Context ctx) {
        Problem p = toProblem(e, ctx.path());
        if (p.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"vigil\"");
        }
        write(ctx, p);
    }

    void write(Context ctx, Problem p) {
        try {
            ctx.status(p.status()).contentType(Http.PROBLEM_JSON).result(http.json().writeValueAsBytes(p));
        } catch (IOException io) {
            ctx.status(p.status()).contentType(Http.PROBLEM_JSON).result("{\"status\":" + p.status() + "}");
        }
    }

    Problem status(int status, String title, String detail, String path) {
        return new Problem(TYPE + slug(title), title, status, detail, path, List.of());
    }

    private Problem toProblem(Exception e, String path) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidCommandException ice) {
            return toProblem(ice, path);
        }
        if (e instanceof HttpResponseException hre) {
            return status(hre.getStatus(), hre.getStatus() == 413 ? "Content too large" : "Request refused",
                    hre.getMessage(), path);
        }
        if (e instanceof InvalidCommandException ice) {
            return new Problem(TYPE + "validation", "Invalid request", 400, ice.getMessage(), path, ice.violations());
        }
        if (e instanceof JsonProcessingException jpe) {
            return json(jpe, path);
        }
        if (e instanceof ApiException api) {
            return status(api.status(), api.title(), api.getMessage(), path);
        }
        if (e instanceof AccessDeniedException) {
            return status(403, "Forbidden", e.getMessage(), path);
        }
        if (e instanceof NotFoundException) {
            return status(404, "Not found", e.getMessage(), path);
        }
        if (e instanceof VersionConflictException) {
            return status(412, "Precondition failed", e.getMessage(), path);
        }
        if (e instanceof RefusedException refused) {
            return new Problem(TYPE + "conflict", "Conflict", 409, refused.getMessage(), path, List.of(),
                    refused.reasons(), null);
        }
        if (e instanceof StorageException) {
            LOG.error("storage failure on {}", path, e);
            return status(503, "Storage unavailable", "the change was not made; try again later", path);
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.error("unexpected failure {} on {}", correlationId, path, e);
        return new Problem(TYPE + "internal-error", "Internal error", 500,
                "the request failed; the error has been logged as " + correlationId, path, List.of(), List.of(),
                correlationId);
    }

    private Problem json(JsonProcessingException e, String path) {
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jme.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof ValueInstantiationException vie && vie.getCause() instanceof InvalidValueException iv) {
                field = field + "." + iv.field();
                message = iv.reason();
            } else if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
                message = causeMessage(vie.getCause());
            } else {
                message = wrongType(e);
            }
            return new Problem(TYPE + "validation", "Invalid request", 400, field + ": " + message, path,
                    List.of(new FieldViolation(field, message)));
        }
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null) {
            FieldViolation violation = vie.getCause() instanceof InvalidValueException invalid
                    ? new FieldViolation(invalid.field(), invalid.reason())
                    : new FieldViolation("body", causeMessage(vie.getCause()));
            return new Problem(TYPE + "validation", "Invalid request", 400,
                    violation.field() + ": " + violation.message(), path, List.of(violation));
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return new Problem(TYPE + "malformed-json", "Malformed JSON", 400, "the body is not valid JSON" + where,
                path, List.of(new FieldViolation("body", "is not valid JSON" + where)));
    }

    /** A constructor's refusal as a message: a bare null pointer (a null in a list, say) has none of its own. */
    private static String causeMessage(Throwable cause) {
        String message = cause.getMessage();
        if (cause instanceof NullPointerException && (message == null || message.startsWith("Cannot "))) {
            return "must not be null or contain null";
        }
        return message == null || message.isBlank() ? "is not valid" : message;
    }

    /** Says what was expected without naming Java classes. */
    private static String wrongType(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            Class<?> target = mie.getTargetType();
            if (e instanceof InvalidFormatException ife && ife.getMessage() != null
                    && !ife.getOriginalMessage().startsWith("Cannot")) {
                return ife.getOriginalMessage();
            }
            if (target.isEnum()) {
                return "must be one of " + Arrays.toString(target.getEnumConstants());
            }
            if (target == Instant.class) {
                return "must be an ISO-8601 instant such as 2026-03-01T12:00:00Z";
            }
            if (Collection.class.isAssignableFrom(target)) {
                return "must be an array";
            }
            if (target.isRecord()) {
                return "must be an object";
            }
            return "must be " + Http.withArticle(target.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return "has the wrong type or format";
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
