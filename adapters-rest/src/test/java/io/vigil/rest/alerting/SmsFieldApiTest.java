package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.INTEGRATION;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SMS_SECRET;
import static io.vigil.rest.ApiFixture.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.json.WebhookSignature;
import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signed SMS webhook takes call-ins and flash reports from the field: what it recorded in the
 * answer, the sender answered by SMS in their language; what it cannot read, refuses or gets from an
 * unknown number is a 4xx problem that records nothing; an unsigned or wrongly signed one is 401 and
 * neither records nor answers.
 */
class SmsFieldApiTest extends ApiTestBase {
    private static final String LUCIA = "+52 55 5000 0001";
    private static final String REMY = "+52 55 5000 0002";
    private static final String STRANGER = "+1 202 555 0177";

    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private PersonId lucia;
    private PersonId remy;
    private Movement trip;

    private PersonId person(String given, String phone, Language language) {
        return fixture.useCases.persons().register(officer, new PersonDetails(given, "Campo",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                "mobile")), List.of(), null, null, language)).personId();
    }

    @BeforeAll
    void onTheRoad() {
        lucia = person("Lucía", LUCIA, Language.ES);
        remy = person("Rémy", REMY, Language.FR);
        var movement = fixture.vigil.movement();
        movement.settings().set(officer, 0, new MovementSettingsDetails("America/Mexico_City", 30, 6, 8, false, null));
        VehicleId car = movement.vehicles().create(officer, new VehicleDetails("SMS-001", "Land Cruiser", true,
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of("first-aid kit"))).id();
        Instant departure = Instant.parse("2026-03-01T13:00:00Z"); // 07:00 in Mexico City
        trip = movement.movements().create(officer, new MovementDetails("Convoy to Puebla", List.of(
                GeoPoint.of(19.43, -99.13), GeoPoint.of(19.04, -98.20)), List.of(car), List.of(), null, null,
                departure, departure.plusSeconds(5 * 3600), List.of(lucia), 60, 10));
        fixture.clock.set(Instant.parse("2026-03-01T14:00:00Z")); // 08:00
    }

    private Reply sms(String from, String text) {
        String body = "{\"from\":\"" + from + "\",\"text\":\"" + text + "\"}";
        String timestamp = Long.toString(fixture.clock.instant().getEpochSecond());
        return api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of(
                SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                new WebhookSignature(SMS_SECRET).sign(timestamp, OFFICE.value(), body)));
    }

    private List<String> textsTo(String address) {
        return fixture.vigil.gateway().sent(OFFICE).stream().filter(m -> m.address().equals(address))
                .map(OutboundMessage::text).toList();
    }

    private String last(String address) {
        List<String> texts = textsTo(address);
        return texts.get(texts.size() - 1);
    }

    private int callIns() {
        return api.get(OFFICER, "/api/v1/movement/movements/" + trip.id()).json().path("callIns").size();
    }

    private int incidents() {
        return api.get(OFFICER, "/api/v1/incidents/reports?limit=500").json().path("items").size();
    }

    private static void problem(Reply r, int status) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("io.vigil");
    }

    @Test
    void a_call_in_is_recorded_on_the_senders_movement_and_answered_in_their_language() {
        Reply r = sms(LUCIA, "OK 07:55 caseta de San Martín");

        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(r.json().path("kind").asText()).isEqualTo("CALL_IN");
        assertThat(r.json().path("person").asText()).isEqualTo(lucia.toString());
        assertThat(r.json().path("movement").asText()).isEqualTo(trip.id().toString());
        assertThat(r.json().path("at").asText()).isEqualTo("2026-03-01T13:55:00Z");
        assertThat(r.json().path("recorded").asBoolean()).isTrue();
        assertThat(last(LUCIA)).isEqualTo("Vigil: registramos su reporte de las 07:55 en \"Convoy to Puebla\"."
                + " Gracias; vuelva a reportarse segun el horario.");
        Reply plan = api.get(OFFICER, "/api/v1/movement/movements/" + trip.id());
        assertThat(plan.json().path("callIns")).anySatisfy(c -> {
            assertThat(c.path("at").asText()).isEqualTo("2026-03-01T13:55:00Z");
            assertThat(c.path("by").asText()).isEqualTo("SMS from " + LUCIA);
            assertThat(c.path("note").asText()).isEqualTo("caseta de San Martín");
            assertThat(c.path("recordedBy").asText()).isEqualTo("sms-webhook");
        });
    }

    @Test
    void a_flash_report_opens_an_incident_the_officer_sees_to_complete_answered_in_the_senders_language() {
        Reply r = sms(REMY, "ALERTE armé tirs entendus au km 40");

        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        assertThat(r.json().path("kind").asText()).isEqualTo("FLASH_REPORT");
        assertThat(r.json().path("person").asText()).isEqualTo(remy.toString());
        assertThat(r.json().path("category").asText()).isEqualTo("armed-conflict");
        assertThat(last(REMY)).isEqualTo("Vigil : votre rapport FLASH (armed-conflict) est enregistré pour l'officier"
                + " de sécurité. Restez prudent ; appelez l'officier de permanence.");
        Reply incident = api.get(OFFICER, "/api/v1/incidents/reports/" + r.json().path("incident").asText());
        assertThat(incident.status()).as(incident.raw().body()).isEqualTo(200);
        assertThat(incident.json().path("subtype").asText()).isEqualTo("to-classify");
        assertThat(incident.json().path("title").asText()).isEqualTo("Flash by SMS: tirs entendus au km 40");
        assertThat(incident.json().path("severity").asText()).isEqualTo("CRITICAL");
        Reply toComplete = api.get(OFFICER, "/api/v1/incidents/reports-to-complete");
        assertThat(toComplete.status()).as(toComplete.raw().body()).isEqualTo(200);
        assertThat(toComplete.json().path("items")).anySatisfy(i -> assertThat(i.path("id").asText())
                .isEqualTo(r.json().path("incident").asText()));
        problem(api.get(STAFF, "/api/v1/incidents/reports-to-complete"), 403);
        problem(api.get(INTEGRATION, "/api/v1/incidents/reports-to-complete"), 403);
    }

    @Test
    void what_cannot_be_read_is_refused_or_comes_from_an_unknown_number_is_a_problem_that_records_nothing() {
        int incidents = incidents();
        int callIns = callIns();
        Reply time = sms(LUCIA, "OK 8h30");
        problem(time, 400);
        assertThat(time.json().path("errors").get(0).path("field").asText()).isEqualTo("time");
        assertThat(last(LUCIA)).isEqualTo("Vigil: no entendimos su reporte, no se registro nada. Envie OK, la hora como"
                + " HH:MM y donde esta: OK 14:30 PK12.");

        Reply garbled = sms(LUCIA, "OK 7h5");
        problem(garbled, 400);
        assertThat(garbled.json().path("errors").get(0).path("field").asText()).isEqualTo("text");

        Reply offTheRoad = sms(REMY, "oui 07:58");
        problem(offTheRoad, 409);
        assertThat(last(REMY)).isEqualTo("Vigil : point non enregistré : aucun de vos mouvements n'est en cours à"
                + " cette heure. Appelez par radio ou l'officier de permanence.");

        Reply stranger = sms(STRANGER, "OK 07:58");
        problem(stranger, 400);
        assertThat(stranger.json().path("errors").get(0).path("field").asText()).isEqualTo("from");
        assertThat(textsTo(STRANGER)).containsExactly("Vigil: this number is not on the office's personnel list;"
                + " nothing was recorded. In an emergency call the officer on call.");

        Reply noCategory = sms(REMY, "FLASH coups de feu");
        problem(noCategory, 400);
        assertThat(noCategory.json().path("errors").get(0).path("field").asText()).isEqualTo("category");
        assertThat(last(REMY)).startsWith("Vigil : rapport flash non compris, rien n'a été enregistré.");

        assertThat(callIns()).isEqualTo(callIns);
        assertThat(incidents()).isEqualTo(incidents);
    }

    @Test
    void an_unsigned_or_wrongly_signed_call_in_or_flash_report_is_refused_and_neither_records_nor_answers() {
        int incidents = incidents();
        int callIns = callIns();
        int answers = textsTo(LUCIA).size();
        String timestamp = Long.toString(fixture.clock.instant().getEpochSecond());
        for (String text : List.of("OK 07:58", "FLASH crime robo")) {
            String body = "{\"from\":\"" + LUCIA + "\",\"text\":\"" + text + "\"}";
            Reply unsigned = api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of());
            problem(unsigned, 401);
            Reply forged = api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of(
                    SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                    new WebhookSignature("not-the-secret-0123456789").sign(timestamp, OFFICE.value(), body)));
            problem(forged, 401);
            Reply otherOffice = api.postWithHeaders("/api/v1/inbound/sms/" + OFFICE.value(), body, Map.of(
                    SmsWebhookRoutes.TIMESTAMP, timestamp, SmsWebhookRoutes.SIGNATURE,
                    new WebhookSignature(SMS_SECRET).sign(timestamp, "GT-GUA", body)));
            problem(otherOffice, 401);
        }
        assertThat(callIns()).isEqualTo(callIns);
        assertThat(incidents()).isEqualTo(incidents);
        assertThat(textsTo(LUCIA)).hasSize(answers);
    }
}
