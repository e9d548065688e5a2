package io.vigil.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import io.vigil.json.VigilModule;
import io.vigil.kernel.access.DataClass;
import io.vigil.rest.resource.HealthResource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.1 document from the route table, with JSON schemas derived from the
 * request and response records (required fields and sizes from their Bean Validation
 * constraints), so the document describes exactly what is served.
 */
final class OpenApi {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String RESOURCE = "Resource";

    private final ObjectMapper json;
    private final Map<String, ObjectNode> schemas = new TreeMap<>();
    /** What each schema name stands for (a record, or a list or page of one), so two cannot share a name. */
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, ApiRoute> operations = new HashMap<>();

    private OpenApi(ObjectMapper json) {
        this.json = json;
    }

    /** The document for {@code routes}. */
    static ObjectNode document(ObjectMapper json, String version, Iterable<ApiRoute> routes) {
        return new OpenApi(json).build(version, routes);
    }

    private ObjectNode build(String version, Iterable<ApiRoute> routes) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.1.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Vigil API");
        info.put("version", version);
        info.put("description", "The security programme of a country office: personnel, residences, stays, "
                + "missions and the locator. Every error is an RFC 9457 problem (application/problem+json). "
                + "Changes need If-Match with the ETag of the version being changed.");
        ObjectNode paths = doc.putObject("paths");
        ref(Problem.class);
        for (ApiRoute route : routes) {
            ObjectNode item = paths.has(route.path()) ? (ObjectNode) paths.get(route.path())
                    : paths.putObject(route.path());
            item.set(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "a token the host issued, or a JWT of the configured identity provider");
        ObjectNode all = components.putObject("schemas");
        schemas.forEach(all::set);
        return doc;
    }

    private ObjectNode operation(ApiRoute route) {
        ApiRoute same = operations.putIfAbsent(route.operationId(), route);
        if (same != null) {
            throw new IllegalStateException("two operations named " + route.operationId() + ": "
                    + same.method() + " " + same.path() + " and " + route.method() + " " + route.path()
                    + "; name one with ApiRoute.Builder.operationId");
        }
        ObjectNode op = json.createObjectNode();
        op.put("operationId", route.operationId());
        op.put("summary", route.summary());
        op.putArray("tags").add(route.tag());
        if (route.authenticated()) {
            op.putArray("security").addObject().putArray("bearer");
        } else {
            op.putArray("security");
        }
        ArrayNode params = json.createArrayNode();
        Matcher m = PATH_PARAM.matcher(route.path());
        while (m.find()) {
            ObjectNode p = params.addObject().put("name", m.group(1)).put("in", "path").put("required", true);
            p.putObject("schema").put("type", "string");
        }
        for (ApiRoute.QueryParam q : route.query()) {
            ObjectNode p = params.addObject().put("name", q.name()).put("in", "query").put("required", false)
                    .put("description", q.description());
            ObjectNode schema = p.putObject("schema").put("type", q.type());
            if (q.format() != null) {
                schema.put("format", q.format());
            }
        }
        if (route.ifMatch()) {
            ObjectNode p = params.addObject().put("name", "If-Match").put("in", "header").put("required", true)
                    .put("description", "the ETag of the version being changed");
            p.putObject("schema").put("type", "string");
        }
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        if (route.requestBody() != null) {
            ObjectNode body = op.putObject("requestBody").put("required", true);
            body.putObject("content").putObject(route.requestMediaType()).set("schema",
                    route.requestBody() == String.class ? json.createObjectNode().put("type", "string")
                            : ref(route.requestBody()));
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(route.status())).put("description", "success");
        if (route.response().kind() != ApiRoute.Kind.NONE) {
            ObjectNode text = json.createObjectNode().put("type", "string");
            if (route.response().mediaType().startsWith("application/pdf")) {
                text.put("format", "binary");
            }
            ok.putObject("content").putObject(route.response().mediaType()).set("schema",
                    route.response().type() == String.class ? text : responseSchema(route.response()));
        }
        if (route.response().kind() == ApiRoute.Kind.ONE && isVersioned(route.response().type())) {
            ok.putObject("headers").putObject("ETag").put("description", "the version, for If-Match")
                    .putObject("schema").put("type", "string");
        }
        problem(responses, 400, "invalid request: malformed JSON, unknown field or a violated constraint");
        if (route.authenticated()) {
            problem(responses, 401, "missing or invalid bearer token (the detail says why a JWT is refused)");
            problem(responses, 403, "the access policy refused, or a valid JWT's claims make no actor; the detail"
                    + " says why");
            problem(responses, 429, "too many failed authentications from this address; retry after the seconds"
                    + " of Retry-After");
            ((ObjectNode) responses.get("429")).putObject("headers").putObject("Retry-After")
                    .put("description", "seconds until the client's window of failed authentications ends")
                    .putObject("schema").put("type", "integer");
        }
        if (route.signature() != null) {
            problem(responses, 401, "missing, stale or invalid signature: " + route.signature());
        }
        if (route.path().contains("{")) {
            problem(responses, 404, "no such record in the actor's office");
        }
        if (route.requestBody() != null) {
            problem(responses, 409, "the change conflicts with stored data");
            problem(responses, 415, "the body has the wrong media type");
        }
        if (route.ifMatch()) {
            problem(responses, 412, "the record changed since the given ETag");
            problem(responses, 428, "If-Match is missing");
        }
        if (route.response().type() == HealthResource.class) {
            // the health check reports its own 503, as a health resource saying DOWN
            responses.putObject("503").put("description", "the stores cannot be reached: status DOWN")
                    .putObject("content").putObject(Http.JSON).set("schema", ref(HealthResource.class));
        } else {
            problem(responses, 503, "storage unavailable; nothing was changed");
        }
        return op;
    }

    private void problem(ObjectNode responses, int status, String description) {
        responses.putObject(Integer.toString(status)).put("description", description).putObject("content")
                .putObject(Http.PROBLEM_JSON).putObject("schema").put("$ref", PROBLEM_REF);
    }

    private ObjectNode responseSchema(ApiRoute.Shape shape) {
        if (shape.kind() == ApiRoute.Kind.ONE) {
            return ref(shape.type());
        }
        boolean page = shape.kind() == ApiRoute.Kind.PAGE;
        String item = shape.type().isRecord() ? schemaName(shape.type()) : shape.type().getSimpleName();
        String name = (item.endsWith(RESOURCE) && item.length() > RESOURCE.length()
                ? item.substring(0, item.length() - RESOURCE.length()) : item) + (page ? "Page" : "List");
        if (claim(name, (page ? "a page of " : "a list of ") + shape.type().getName())) {
            ObjectNode wrapper = json.createObjectNode().put("type", "object");
            schemas.put(name, wrapper);
            wrapper.put("description", (page ? "One page of " : "A list of ") + item
                    + (page ? ", with the list's total" : ""));
            ObjectNode props = wrapper.putObject("properties");
            props.putObject("items").put("type", "array").set("items", schemaOf(shape.type()));
            ArrayNode required = wrapper.putArray("required").add("items");
            if (page) {
                props.putObject("total").put("type", "integer").put("format", "int64");
                props.putObject("offset").put("type", "integer").put("format", "int32");
                props.putObject("limit").put("type", "integer").put("format", "int32");
                required.add("total").add("offset").add("limit");
            }
            wrapper.put("additionalProperties", false);
        }
        return json.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** True the first time {@code name} is asked for; refuses a name that already stands for something else. */
    private boolean claim(String name, String owner) {
        String before = owners.putIfAbsent(name, owner);
        if (before != null && !before.equals(owner)) {
            throw new IllegalStateException("two schemas named " + name + ": " + before + " and " + owner
                    + "; rename one of the records");
        }
        return before == null;
    }

    private ObjectNode ref(Class<?> type) {
        String name = schemaName(type);
        if (claim(name, type.getName())) {
            ObjectNode schema = json.createObjectNode().put("type", "object");
            schemas.put(name, schema);
            ObjectNode props = schema.putObject("properties");
            ArrayNode required = json.createArrayNode();
            for (RecordComponent c : type.getRecordComponents()) {
                ObjectNode prop = schemaOf(c.getGenericType());
                constraints(c.getAccessor(), prop);
                props.set(c.getName(), prop);
                if (isRequired(c)) {
                    required.add(c.getName());
                }
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
            schema.put("additionalProperties", false);
        }
        return json.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    /**
     * A record's schema name: its simple name, after its enclosing record's name without
     * {@code Resource} ({@code AssessmentResource.Decision} is {@code AssessmentDecision}); a record
     * nested in a class that is not a record (a route set) goes by its simple name.
     */
    private static String schemaName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        if (outer == null || !outer.isRecord()) {
            return type.getSimpleName();
        }
        String prefix = schemaName(outer);
        if (prefix.endsWith(RESOURCE) && prefix.length() > RESOURCE.length()) {
            prefix = prefix.substring(0, prefix.length() - RESOURCE.length());
        }
        return prefix + type.getSimpleName();
    }

    private ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw) {
            Type[] args = pt.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = json.createObjectNode().put("type", "array");
                array.set("items", schemaOf(args[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = json.createObjectNode().put("type", "object");
                map.set("additionalProperties", schemaOf(args[1]));
                return map;
            }
            if (raw == Optional.class) {
                return schemaOf(args[0]);
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == DataClass.class) {
            ObjectNode e = json.createObjectNode().put("type", "string");
            VigilModule.dataClassNames().forEach(e.putArray("enum")::add);
            return e;
        }
        if (c == String.class || c == UUID.class || VigilModule.writesAsText(c)) {
            return json.createObjectNode().put("type", "string");
        }
        if (c == Instant.class) {
            return json.createObjectNode().put("type", "string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return json.createObjectNode().put("type", "string").put("format", "date");
        }
        if (c == LocalDateTime.class || c == LocalTime.class || c == Currency.class) {
            return json.createObjectNode().put("type", "string");
        }
        if (c == BigDecimal.class) {
            return json.createObjectNode().put("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return json.createObjectNode().put("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return json.createObjectNode().put("type", "integer")
                    .put("format", c == long.class || c == Long.class ? "int64" : "int32");
        }
        if (c == double.class || c == Double.class) {
            return json.createObjectNode().put("type", "number").put("format", "double");
        }
        if (c.isEnum()) {
            ObjectNode e = json.createObjectNode().put("type", "string");
            ArrayNode values = e.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return e;
        }
        if (c.isRecord()) {
            return ref(c);
        }
        throw new IllegalStateException("no JSON schema for " + c.getName() + "; map it in OpenApi.schemaOf");
    }

    private static boolean isVersioned(Class<?> type) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getName().equals("version"));
    }

    private static boolean isRequired(RecordComponent c) {
        AnnotatedElement a = c.getAccessor();
        return c.getType().isPrimitive() || a.isAnnotationPresent(NotNull.class)
                || a.isAnnotationPresent(NotBlank.class) || a.isAnnotationPresent(NotEmpty.class);
    }

    private static void constraints(AnnotatedElement element, ObjectNode prop) {
        Size size = element.getAnnotation(Size.class);
        if (size == null) {
            return;
        }
        boolean array = "array".equals(prop.path("type").asText());
        if (size.min() > 0) {
            prop.put(array ? "minItems" : "minLength", size.min());
        }
        if (size.max() < Integer.MAX_VALUE) {
            prop.put(array ? "maxItems" : "maxLength", size.max());
        }
    }
}
