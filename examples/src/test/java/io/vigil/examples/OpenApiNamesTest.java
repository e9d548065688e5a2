package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole document the reference app serves names everything a client generator turns into code:
 * every operation a unique lowerCamel operationId, every request and response body a named schema (no
 * inline object a generator would call {@code GetPersons200Response}), every id a string. The rules
 * hold for routes added later without their authors knowing them: names are derived from the route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiNamesTest {
    private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");
    private static final String SCHEMAS = "#/components/schemas/";
    private JsonNode document;

    @BeforeAll
    void read(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("openapi/vigil.json");
        OpenApiDocument.write(file);
        document = new ObjectMapper().readTree(file.toFile());
    }

    private List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                op -> all.add(Map.entry(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                        op.getValue()))));
        return all;
    }

    @Test
    void every_operation_has_a_unique_lower_camel_operation_id() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            String id = op.getValue().path("operationId").asText("");
            if (!LOWER_CAMEL.matcher(id).matches()) {
                problems.add(op.getKey() + " is named '" + id + "'");
            }
            if (!seen.add(id.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(op.getKey() + " repeats '" + id + "'");
            }
        }
        assertThat(operations()).hasSizeGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void every_json_body_is_a_named_schema() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> op : operations()) {
            List<JsonNode> contents = new ArrayList<>();
            contents.add(op.getValue().path("requestBody").path("content"));
            op.getValue().path("responses").forEach(r -> contents.add(r.path("content")));
            for (JsonNode content : contents) {
                content.fields().forEachRemaining(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    boolean text = "string".equals(schema.path("type").asText());
                    if (media.getKey().contains("json") && !text && !named(schema)) {
                        problems.add(op.getKey() + " " + media.getKey() + " is an inline schema " + schema);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_schema_nests_an_inline_object_and_every_name_is_upper_camel() {
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(s -> {
            if (!SCHEMA_NAME.matcher(s.getKey()).matches() || s.getKey().matches(".*\\d+Response")) {
                problems.add("schema name " + s.getKey());
            }
            s.getValue().path("properties").fields().forEachRemaining(
                    p -> inlineObjects(s.getKey() + "." + p.getKey(), p.getValue(), problems));
        });
        assertThat(document.path("components").path("schemas").size()).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    /** A nested schema is a reference, a scalar, an array of those or a map of those; never properties of its own. */
    private static void inlineObjects(String where, JsonNode schema, List<String> problems) {
        if (named(schema)) {
            return;
        }
        if (schema.has("properties") || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")
                || "object".equals(schema.path("type").asText()) && !schema.path("additionalProperties").isObject()) {
            problems.add(where + " is an inline object " + schema);
            return;
        }
        if (schema.has("items")) {
            inlineObjects(where + "[]", schema.get("items"), problems);
        }
        if (schema.path("additionalProperties").isObject()) {
            inlineObjects(where + "{}", schema.get("additionalProperties"), problems);
        }
    }

    private static boolean named(JsonNode schema) {
        return schema.path("$ref").asText("").startsWith(SCHEMAS);
    }

    @Test
    void every_reference_names_a_schema_of_the_document() {
        Set<String> defined = new HashSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(defined::add);
        List<String> missing = new ArrayList<>();
        references(document, missing, defined);
        assertThat(missing).isEmpty();
    }

    private static void references(JsonNode node, List<String> missing, Set<String> defined) {
        if (node.has("$ref") && !defined.contains(node.get("$ref").asText().replace(SCHEMAS, ""))) {
            missing.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> references(child, missing, defined));
    }

    @Test
    void every_id_is_a_string() {
        List<String> problems = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(s -> {
            // a typed id written as an object would be a schema of its own: {"value": "..."}
            JsonNode properties = s.getValue().path("properties");
            if (s.getKey().endsWith("Id") || properties.size() == 1 && properties.has("value")) {
                problems.add("schema " + s.getKey() + " looks like an id as an object: " + s.getValue());
            }
        });
        document.path("components").path("schemas").fields().forEachRemaining(s -> s.getValue().path("properties")
                .fields().forEachRemaining(p -> {
                    boolean id = p.getKey().equals("id") || p.getKey().endsWith("Id");
                    JsonNode schema = p.getValue();
                    if (id && !"string".equals(schema.path("type").asText())) {
                        problems.add(s.getKey() + "." + p.getKey() + " is " + schema);
                    }
                }));
        for (Map.Entry<String, JsonNode> op : operations()) {
            op.getValue().path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("path") && !"string".equals(p.path("schema").path("type").asText())) {
                    problems.add(op.getKey() + " path parameter " + p.path("name").asText());
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
