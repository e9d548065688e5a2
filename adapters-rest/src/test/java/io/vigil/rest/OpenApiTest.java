package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.people.RosterImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiTest extends ApiTestBase {
    private OpenAPI document;
    private SwaggerParseResult parsed;

    @Override
    protected Optional<RosterImporter> importer() {
        return Optional.of((actor, csv) -> new RosterImporter.Result(List.of(), List.of()));
    }

    @BeforeAll
    void parse() {
        Reply r = api.get(null, RestApi.OPENAPI_PATH);
        assertThat(r.status()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(r.raw().body(), null, options);
        document = parsed.getOpenAPI();
    }

    @Test
    void document_is_valid_openapi_3_1() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(document).isNotNull();
        assertThat(document.getOpenapi()).isEqualTo("3.1.0");
        assertThat(document.getComponents().getSchemas()).containsKeys("PersonDetails", "PersonResource", "Problem",
                "LocateQuery", "MissionDetails", "ItineraryLeg");
        assertThat(document.getComponents().getSchemas().get("PersonDetails").getRequired())
                .contains("givenName", "familyName", "category", "orgUnit");
    }

    @Test
    void every_served_route_is_documented_and_every_documented_route_is_served() {
        List<String> documented = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> documented.add(method.name() + " " + path)));
        List<String> served = fixture.api.servedEndpoints();
        assertThat(served).hasSizeGreaterThan(20);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void every_operation_documents_its_problems() {
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path;
            assertThat(op.getOperationId()).as(where).isNotBlank();
            assertThat(op.getResponses()).as(where).containsKey("400");
            boolean open = path.equals("/api/v1/health") || path.equals(RestApi.OPENAPI_PATH);
            boolean signed = path.startsWith("/api/v1/inbound/");
            if (signed) {
                assertThat(op.getResponses().get("401").getDescription()).as(where).contains("signature");
            } else if (!open) {
                assertThat(op.getResponses()).as(where).containsKeys("401", "403", "429");
            }
            if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
                assertThat(op.getResponses()).as(where).containsKeys("412", "428");
            }
        }));
        List<String> ids = new ArrayList<>();
        document.getPaths().values().forEach(item -> item.readOperations()
                .forEach(op -> ids.add(op.getOperationId().toLowerCase(Locale.ROOT))));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void lists_and_pages_are_named_schemas_of_their_items() {
        var listPersons = document.getPaths().get("/api/v1/persons").getGet();
        assertThat(listPersons.getOperationId()).isEqualTo("listPersons");
        assertThat(listPersons.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/PersonPage");
        var page = document.getComponents().getSchemas().get("PersonPage");
        assertThat(page.getRequired()).containsExactlyInAnyOrder("items", "total", "offset", "limit");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) page.getProperties().get("items")).getItems().get$ref())
                .isEqualTo("#/components/schemas/PersonResource");
        var dependents = document.getPaths().get("/api/v1/persons/{id}/dependents").getGet();
        assertThat(dependents.getOperationId()).isEqualTo("listPersonDependents");
        assertThat(dependents.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/PersonList");
        assertThat(document.getComponents().getSchemas().get("PersonList").getRequired()).containsExactly("items");
    }

    @Test
    void routes_that_name_their_operation_keep_that_name() {
        assertThat(document.getPaths().get("/api/v1/roll-calls").getPost().getOperationId())
                .isEqualTo("startRollCall");
        assertThat(document.getPaths().get("/api/v1/persons/{id}").getGet().getOperationId()).isEqualTo("getPerson");
        assertThat(document.getPaths().get(RestApi.OPENAPI_PATH).getGet().getOperationId())
                .isEqualTo("getOpenApiDocument");
    }

    @Test
    void a_record_nested_in_a_resource_is_named_after_the_resource_without_its_suffix() {
        assertThat(document.getComponents().getSchemas()).containsKeys("AssessmentDecision", "LocatorHit",
                "PresenceHeadcountResource").doesNotContainKeys("AssessmentResourceDecision",
                "HeadcountRoutesPresenceHeadcountResource");
    }
}
