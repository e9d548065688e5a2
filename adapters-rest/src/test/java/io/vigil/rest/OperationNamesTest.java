package io.vigil.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HandlerType;
import io.vigil.rest.resource.HealthResource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operationId a route gets from its method, path and response, worked out by hand per case. */
class OperationNamesTest {

    @ParameterizedTest(name = "{0} {1} (list: {2}) is {3}")
    @CsvSource({
            "GET,    /api/v1/persons,                               true,  listPersons",
            "POST,   /api/v1/persons,                               false, createPerson",
            "GET,    /api/v1/persons/{id},                          false, getPerson",
            "PUT,    /api/v1/persons/{id},                          false, updatePerson",
            "DELETE, /api/v1/persons/{id},                          false, deletePerson",
            "GET,    /api/v1/persons/{id}/dependents,               true,  listPersonDependents",
            "GET,    /api/v1/persons/{id}/position,                 false, getPersonPosition",
            "POST,   /api/v1/facilities,                            false, createFacility",
            "GET,    /api/v1/facilities/{id},                       false, getFacility",
            "POST,   /api/v1/facilities/{id}/checks,                false, createFacilityCheck",
            "POST,   /api/v1/addresses,                             false, createAddress",
            "POST,   /api/v1/assessments/{id}/submit,               false, submitAssessment",
            "POST,   /api/v1/emergency-requests/{id}/close,         false, closeEmergencyRequest",
            "POST,   /api/v1/roll-calls/{id}/check-ins,             false, createRollCallCheckIn",
            "GET,    /api/v1/phone-trees/{id}/drills/{drill},       false, getPhoneTreeDrill",
            "POST,   /api/v1/phone-trees/{id}/drills/{drill}/end,   false, endPhoneTreeDrill",
            "GET,    /api/v1/warden-zones/{id}/roster.csv,          false, getWardenZoneRosterCsv",
            "GET,    /api/v1/risk/policy,                           false, getRiskPolicy",
            "PUT,    /api/v1/risk/policy,                           false, updateRiskPolicy",
            "GET,    /api/v1/awareness/courses,                     true,  listAwarenessCourses",
            "POST,   /api/v1/awareness/courses,                     false, createAwarenessCourse",
            "POST,   /api/v1/locator/search,                        false, searchLocator",
            "POST,   /api/v1/access,                                false, access",
            "POST,   /api/v1/travel/requests/{id}/approve,          false, approveTravelRequest",
            "GET,    /api/v1/guard/contracts/{id}/invoices,         true,  listGuardContractInvoices",
            "POST,   /api/v1/incident/reports/{id}/actions,         false, createIncidentReportAction",
            "PATCH,  /api/v1/documents/{id},                        false, patchDocument",
    })
    void a_route_is_named_by_its_verb_and_the_nouns_of_its_path(String method, String path, boolean listed,
                                                                String expected) {
        String name = OperationNames.derive(HandlerType.findOrCreate(method), path, listed);
        assertThat(name).isEqualTo(expected).matches(OperationNames.LOWER_CAMEL);
    }

    @Test
    void a_name_the_route_gives_replaces_the_derived_one() {
        ApiRoute route = ApiRoute.route(HandlerType.POST, "/api/v1/roll-calls", "Roll-calls", "Start")
                .operationId("startRollCall").handle((ctx, actor) -> { });
        ApiRoute derived = ApiRoute.route(HandlerType.POST, "/api/v1/roll-calls", "Roll-calls", "Start")
                .handle((ctx, actor) -> { });
        assertThat(route.operationId()).isEqualTo("startRollCall");
        assertThat(derived.operationId()).isEqualTo("createRollCall");
    }

    @Test
    void a_given_name_must_be_lower_camel() {
        for (String bad : new String[] {"StartRollCall", "start-roll-call", "start_roll_call", "", "1start"}) {
            assertThatThrownBy(() -> ApiRoute.route(HandlerType.GET, "/api/v1/x", "X", "x").operationId(bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowerCamel");
        }
    }

    @Test
    void two_routes_of_one_name_are_refused_naming_both() {
        List<ApiRoute> routes = List.of(
                ApiRoute.route(HandlerType.GET, "/api/v1/health", "System", "one").returns(HealthResource.class)
                        .handle((ctx, actor) -> { }),
                ApiRoute.route(HandlerType.GET, "/api/v1/status", "System", "two").returns(HealthResource.class)
                        .operationId("getHealth").handle((ctx, actor) -> { }));
        assertThatThrownBy(() -> OpenApi.document(new com.fasterxml.jackson.databind.ObjectMapper(), "1", routes))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("getHealth").hasMessageContaining("GET /api/v1/health")
                .hasMessageContaining("GET /api/v1/status");
    }
}
