package io.vigil.rest.alerting;

import static io.vigil.rest.ApiFixture.MANAGER;
import static io.vigil.rest.ApiFixture.OFFICE;
import static io.vigil.rest.ApiFixture.OFFICER;
import static io.vigil.rest.ApiFixture.SMS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.json.WebhookSignature;
import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.rest.ApiClient.Reply;
import io.vigil.rest.ApiTestBase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A roll-call asks each person in their language (the office's default for who prefers none), an
 * SMS reply is read with the reply words of every language and answered in the sender's language,
 * and a reply not understood, or from a number nothing waits on, is answered and records nothing.
 */
class SmsRepliesApiTest extends ApiTestBase {
    private static final String ANA = "+52 55 4444 1001";
    private static final String JEAN = "+52 55 4444 1002";
    private static final String PAT = "+52 55 4444 1003";
    private static final String AREA = "[{\"latitude\":19.30,\"longitude\":-99.30},{\"latitude\":19.30,\"longitude\":"
            + "-99.00},{\"latitude\":19.60,\"longitude\":-99.00},{\"latitude\":19.60,\"longitude\":-99.30}]";

    private PersonId resident(String given, String phone, Language language) {
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId id = fixture.useCases.persons().register(officer, new PersonDetails(given, "Sms",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                        "mobile")), List.of(), null, null, language)).person().id();
        fixture.useCases.residences().create(officer, new ResidenceDetails(id, List.of(), new Address("Calle 3", "",
                "Ciudad de México", "Mexico"), new GeoPoint(19.45, -99.15), null,
                fixture.clock.instant().minus(Duration.ofDays(10)), null));
        return id;
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

    @Test
    void each_person_is_asked_and_answered_in_their_language_and_a_bad_reply_records_nothing() {
        PersonId ana = resident("Ana", ANA, Language.ES);
        resident("Jean", JEAN, Language.FR);
        resident("Pat", PAT, null);
        Reply started = api.post(OFFICER, "/api/v1/roll-calls", "{\"description\":\"Sismo\",\"outline\":" + AREA
                + ",\"channels\":[\"SMS\"],\"wardenAfterMinutes\":10,\"officerAfterMinutes\":30}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(201);
        String location = started.header("Location");

        assertThat(textsTo(ANA)).containsExactly("Vigil, pase de lista: Sismo. ¿Esta a salvo? Responda 1 si esta a"
                + " salvo, 2 si necesita ayuda.");
        assertThat(textsTo(JEAN)).containsExactly("Vigil, appel nominal : Sismo. Tout va bien ? Répondez 1 si tout"
                + " va bien, 2 si vous avez besoin d'aide.");
        assertThat(textsTo(PAT)).as("no preference: the office's default, English").containsExactly(
                "Vigil roll-call: Sismo. Are you safe? Reply 1 if you are safe, 2 if you need help.");

        Reply gibberish = sms(JEAN, "peut-etre");
        assertThat(gibberish.status()).as(gibberish.raw().body()).isEqualTo(400);
        assertThat(gibberish.contentType()).startsWith("application/problem+json");
        assertThat(gibberish.json().path("errors").get(0).path("field").asText()).isEqualTo("text");
        assertThat(last(JEAN)).isEqualTo("Vigil : réponse non comprise, rien n'a été enregistré. Répondez 1 ou OUI si"
                + " tout va bien, 2 ou AIDE si vous avez besoin d'aide.");
        assertThat(api.get(MANAGER, location).json().path("counts").path("AWAITING").asInt())
                .as("nothing recorded").isEqualTo(3);

        Reply si = sms(ANA, "Sí.");
        assertThat(si.status()).as(si.raw().body()).isEqualTo(200);
        assertThat(si.json().path("person").asText()).isEqualTo(ana.toString());
        assertThat(si.json().path("answer").asText()).isEqualTo("SAFE");
        assertThat(last(ANA)).isEqualTo("Vigil: registramos su respuesta A SALVO a \"Sismo\". Gracias.");

        Reply aide = sms(JEAN, "AIDE");
        assertThat(aide.status()).as(aide.raw().body()).isEqualTo(200);
        assertThat(aide.json().path("answer").asText()).isEqualTo("NEEDS_HELP");
        assertThat(last(JEAN)).isEqualTo("Vigil : demande d'AIDE à \"Sismo\" enregistrée. L'officier de permanence"
                + " est prévenu ; restez joignable.");

        Reply ayuda = sms(PAT, "¡ayuda!");
        assertThat(ayuda.json().path("answer").asText()).as("any language's word, answered in English")
                .isEqualTo("NEEDS_HELP");
        assertThat(last(PAT)).isEqualTo("Vigil: your call for HELP to \"Sismo\" is recorded. The officer on call is"
                + " told; keep your phone on.");

        Reply stranger = sms("+1 202 555 0142", "oui");
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().path("errors").get(0).path("field").asText()).isEqualTo("from");
        assertThat(textsTo("+1 202 555 0142")).containsExactly("Vigil: no request is waiting for an answer from this"
                + " number; nothing was recorded. In an emergency call the officer on call.");

        Reply counts = api.get(MANAGER, location);
        assertThat(counts.json().path("counts").path("SAFE").asInt()).isEqualTo(1);
        assertThat(counts.json().path("counts").path("NEEDS_HELP").asInt()).isEqualTo(2);
    }
}
