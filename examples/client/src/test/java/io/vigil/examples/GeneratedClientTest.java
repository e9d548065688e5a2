package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.client.ApiClient;
import io.vigil.client.ApiException;
import io.vigil.client.api.PersonsApi;
import io.vigil.client.api.RiskApi;
import io.vigil.client.api.RollCallsApi;
import io.vigil.client.model.AssessmentPage;
import io.vigil.client.model.AssessmentResource;
import io.vigil.client.model.GeoPoint;
import io.vigil.client.model.PersonPage;
import io.vigil.client.model.PersonResource;
import io.vigil.client.model.RollCallDetails;
import io.vigil.client.model.RollCallResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client openapi-generator made (in this module's build) from the document the reference
 * app serves, used against a running reference app with its demo office: its typed methods and
 * models are what a team integrating Vigil would get.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest {
    private ReferenceApp app;
    private ApiClient officer;

    @BeforeAll
    void start(@TempDir Path dir) {
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_STORE", "jdbc", "VIGIL_DATA_DIR",
                dir.toString(), "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true")));
        officer = client("demo-officer");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + app.port());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void lists_the_demo_personnel_a_page_at_a_time() throws ApiException {
        PersonsApi persons = new PersonsApi(officer);
        PersonPage first = persons.listPersons(null, null, null, 0, 10);
        assertThat(first.getItems()).hasSize(10);
        assertThat(first.getTotal()).isGreaterThan(40L);
        assertThat(first.getLimit()).isEqualTo(10);
        PersonResource someone = first.getItems().get(0);
        String id = someone.getId();
        assertThat(persons.getPerson(id).getFamilyName()).isEqualTo(someone.getFamilyName());
        PersonPage second = persons.listPersons(null, null, null, 10, 10);
        assertThat(second.getOffset()).isEqualTo(10);
        assertThat(second.getItems()).extracting(PersonResource::getId).doesNotContainAnyElementsOf(
                first.getItems().stream().map(PersonResource::getId).toList());
    }

    @Test
    void reads_an_assessment_with_its_decision() throws ApiException {
        RiskApi risk = new RiskApi(officer);
        AssessmentPage assessments = risk.listAssessments(0, 50);
        assertThat(assessments.getTotal()).isEqualTo(3L);
        AssessmentResource mexico = assessments.getItems().stream()
                .filter(a -> a.getTitle().startsWith("Mexico City")).findFirst().orElseThrow();
        AssessmentResource read = risk.getAssessment(mexico.getId());
        assertThat(read.getStatus()).hasToString("APPROVED");
        assertThat(read.getAcceptability().getDecision()).isEqualTo("PROCEED_WITH_APPROVAL");
    }

    @Test
    void starts_a_roll_call_over_the_city_and_reads_it_back() throws ApiException {
        RollCallsApi rollCalls = new RollCallsApi(officer);
        RollCallResource started = rollCalls.startRollCall(new RollCallDetails()
                .description("Earthquake drill, client test")
                .outline(List.of(point(19.25, -99.30), point(19.25, -99.00), point(19.55, -99.00),
                        point(19.55, -99.30)))
                .channels(List.of(RollCallDetails.ChannelsEnum.SMS)));
        assertThat(started.getPersons()).as("everyone the locator finds in the city is asked").hasSizeGreaterThan(10);
        RollCallResource read = rollCalls.getRollCall(started.getId());
        assertThat(read.getDescription()).isEqualTo("Earthquake drill, client test");
        assertThat(read.getPersons()).hasSameSizeAs(started.getPersons());
    }

    @Test
    void a_refusal_arrives_as_an_api_exception_with_the_problem() {
        assertThatThrownBy(() -> new RollCallsApi(client("demo-staff")).startRollCall(new RollCallDetails()
                .description("not mine to start")
                .outline(List.of(point(19.25, -99.30), point(19.25, -99.00), point(19.55, -99.00)))
                .channels(List.of(RollCallDetails.ChannelsEnum.SMS))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("\"status\":403");
                });
    }

    private static GeoPoint point(double latitude, double longitude) {
        return new GeoPoint().latitude(latitude).longitude(longitude);
    }
}
