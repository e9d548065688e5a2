package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.SmsReceipt;
import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.port.in.FlashReportDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.VehicleId;
import io.vigil.movement.port.in.FieldCallInDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMS from the field over in-memory adapters with every context wired: a call-in goes to the sender's
 * movement under way (the time read on the office's clock, Mexico City, UTC-6), a flash report opens an
 * incident for the officer to complete, each answered in the sender's language; what cannot be read,
 * is refused, or comes from an unknown number is answered and records nothing; what is recorded is audited.
 */
class FieldSmsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final String ANA = "+52 55 3000 0001";
    private static final String JEAN = "+52 55 3000 0002";
    private static final String PAT = "+52 55 3000 0003";
    private static final String CARLA = "+52 55 3000 0004";
    private static final String STRANGER = "+1 202 555 0142";
    /** 08:00 in Mexico City. */
    private static final Instant DEPARTURE = Instant.parse("2026-03-01T14:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor sms = Actor.of("sms-webhook", OFFICE, Role.INTEGRATION);
    private PersonId ana;
    private PersonId jean;
    private PersonId pat;
    private PersonId carla;
    private VehicleId car;

    private PersonId person(String given, String phone, Language language) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Campo",
                PersonCategory.NATIONAL_STAFF, "UNDP", null, List.of(new ContactChannel(ChannelKind.PHONE, phone,
                "mobile")), List.of(), null, null, language)).personId();
    }

    @BeforeEach
    void office() {
        ana = person("Ana", ANA, Language.ES);
        jean = person("Jean", JEAN, Language.FR);
        pat = person("Pat", PAT, null);
        carla = person("Carla", CARLA, Language.ES);
        vigil.movement().settings().set(officer, 0, new MovementSettingsDetails("America/Mexico_City", 30, 6, 8,
                false, null));
        car = vigil.movement().vehicles().create(officer, new VehicleDetails("ABC-001", "Land Cruiser", true,
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of("first-aid kit"))).id();
    }

    private Movement trip(Instant departure, List<PersonId> passengers) {
        return vigil.movement().movements().create(officer, new MovementDetails("Field trip to Toluca",
                List.of(GeoPoint.of(19.43, -99.13), GeoPoint.of(19.29, -99.65)), List.of(car), List.of(), null, null,
                departure, departure.plusSeconds(6 * 3600), passengers, 60, 10));
    }

    private String last(String phone) {
        List<OutboundMessage> sent = vigil.gateway().sentTo(OFFICE, phone);
        assertThat(sent).as("an answer to " + phone).isNotEmpty();
        return sent.get(sent.size() - 1).text();
    }

    private int sentTo(String phone) {
        return vigil.gateway().sentTo(OFFICE, phone).size();
    }

    private List<CallIn> callIns(Movement m) {
        return vigil.movement().movements().get(officer, m.id()).callIns();
    }

    private List<AuditEntry> audit() {
        return vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items();
    }

    private static String field(Throwable e) {
        return ((InvalidCommandException) e).violations().stream().map(FieldViolation::field).findFirst().orElseThrow();
    }

    @Test
    void a_call_in_in_each_language_is_recorded_on_the_senders_movement_and_answered_in_their_language() {
        Movement m = trip(DEPARTURE, List.of(ana, jean, pat));
        clock.set(Instant.parse("2026-03-01T15:00:00Z")); // 09:00 in Mexico City

        SmsReceipt en = vigil.alerting().smsReplies().read(sms, PAT, "OK 08:55 PK12", null);
        assertThat(en).isEqualTo(new SmsReceipt.CallInRead(pat, m.id().toString(),
                Instant.parse("2026-03-01T14:55:00Z")));
        assertThat(last(PAT)).isEqualTo("Vigil: your call-in at 08:55 on \"Field trip to Toluca\" is recorded. Thank"
                + " you; call in again on schedule.");

        vigil.alerting().smsReplies().read(sms, "+52 (55) 3000-0001", "Sí 0858 puente de Lerma", null);
        assertThat(last(ANA)).isEqualTo("Vigil: registramos su reporte de las 08:58 en \"Field trip to Toluca\"."
                + " Gracias; vuelva a reportarse segun el horario.");

        vigil.alerting().smsReplies().read(sms, JEAN, "oui 9h00.", null);
        assertThat(last(JEAN)).isEqualTo("Vigil : votre point de 09:00 sur \"Field trip to Toluca\" est enregistré."
                + " Merci ; rappelez selon l'horaire prévu.");

        assertThat(callIns(m)).extracting(CallIn::at, CallIn::by, CallIn::note, CallIn::recordedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-03-01T14:55:00Z"), "SMS from " + PAT,
                        Optional.of("PK12"), "sms-webhook"),
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-03-01T14:58:00Z"),
                        "SMS from +52 (55) 3000-0001", Optional.of("puente de Lerma"), "sms-webhook"),
                org.assertj.core.groups.Tuple.tuple(Instant.parse("2026-03-01T15:00:00Z"), "SMS from " + JEAN,
                        Optional.empty(), "sms-webhook"));
        assertThat(audit()).filteredOn(e -> e.dataClass() == MovementData.FIELD_CALL_INS).hasSize(3).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("sms-webhook");
            assertThat(e.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.resourceId()).isEqualTo(m.id().toString());
            assertThat(e.granted()).isTrue();
            assertThat(e.persons()).containsExactlyInAnyOrder(ana, jean, pat);
        });
    }

    @Test
    void a_call_in_just_after_midnight_for_a_time_before_it_is_the_day_before() {
        Movement night = trip(Instant.parse("2026-03-02T05:00:00Z"), List.of(pat)); // 23:00 on 1 March
        clock.set(Instant.parse("2026-03-02T06:03:00Z")); // 00:03 on 2 March

        vigil.alerting().smsReplies().read(sms, PAT, "fine 23:58", null);

        assertThat(callIns(night)).extracting(CallIn::at).containsExactly(Instant.parse("2026-03-02T05:58:00Z"));
    }

    @Test
    void a_call_in_not_read_ahead_of_the_clock_or_off_any_movement_is_answered_and_records_nothing() {
        Movement m = trip(DEPARTURE, List.of(ana, pat));
        clock.set(Instant.parse("2026-03-01T15:00:00Z")); // 09:00

        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, PAT, "OK 25:00", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("text"));
        assertThat(last(PAT)).isEqualTo("Vigil: call-in not understood, nothing was recorded. Send OK, the time now as"
                + " HH:MM and where you are: OK 14:30 PK12.");
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, ANA, "sí 7h5", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("text"));
        assertThat(last(ANA)).isEqualTo("Vigil: no entendimos su reporte, no se registro nada. Envie OK, la hora como"
                + " HH:MM y donde esta: OK 14:30 PK12.");
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, ANA, "ok gracias", null))
                .as("a safe word and no number: a reply not understood, as before")
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("text"));
        assertThat(last(ANA)).isEqualTo("Vigil: no entendimos su respuesta, no se registro nada. Responda 1 o SI si"
                + " esta a salvo, 2 o AYUDA si necesita ayuda.");
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, PAT, "OK 09:06", null))
                .as("six minutes ahead").isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(field(e)).isEqualTo("time"));
        assertThat(callIns(m)).isEmpty();

        vigil.alerting().smsReplies().read(sms, PAT, "OK 09:05", null);
        assertThat(callIns(m)).as("five minutes ahead: recorded as now").extracting(CallIn::at)
                .containsExactly(Instant.parse("2026-03-01T15:00:00Z"));

        int before = sentTo(CARLA);
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, CARLA, "bien 08:59", null))
                .isInstanceOf(RefusedException.class).hasMessageContaining("no movement under way names person "
                        + carla);
        assertThat(sentTo(CARLA)).isEqualTo(before + 1);
        assertThat(last(CARLA)).isEqualTo("Vigil: reporte no registrado: ningun movimiento suyo esta en curso a esa"
                + " hora. Reportese por radio o llame al oficial de guardia.");
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, ANA, "OK 07:30", null))
                .as("before the departure at 08:00").isInstanceOf(RefusedException.class);
        assertThat(callIns(m)).hasSize(1);
    }

    @Test
    void a_call_in_or_flash_report_from_an_unknown_number_is_answered_and_records_nothing() {
        Movement m = trip(DEPARTURE, List.of(pat));
        clock.set(Instant.parse("2026-03-01T15:00:00Z"));
        int reports = vigil.incident().reports().list(officer, PageRequest.first(50)).items().size();

        for (String text : List.of("OK 08:59", "FLASH ARMED shots near the bridge")) {
            assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, STRANGER, text, null))
                    .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("from"));
            assertThat(last(STRANGER)).isEqualTo("Vigil: this number is not on the office's personnel list; nothing"
                    + " was recorded. In an emergency call the officer on call.");
        }
        assertThat(callIns(m)).isEmpty();
        assertThat(vigil.incident().reports().list(officer, PageRequest.first(50)).items()).hasSize(reports);
    }

    @Test
    void a_flash_report_in_each_language_opens_an_incident_for_the_officer_to_complete_answered_in_their_language() {
        clock.set(Instant.parse("2026-03-01T15:00:00Z"));

        SmsReceipt es = vigil.alerting().smsReplies().read(sms, ANA, "ALERTA armado disparos cerca del puente",
                Instant.parse("2026-03-01T14:59:30Z"));
        assertThat(last(ANA)).isEqualTo("Vigil: registramos su reporte FLASH (armed-conflict) para el oficial de"
                + " seguridad. Cuidese; llame al oficial de guardia si puede.");
        vigil.alerting().smsReplies().read(sms, JEAN, "FLASH émeute route bloquée au km 40", null);
        assertThat(last(JEAN)).isEqualTo("Vigil : votre rapport FLASH (civil-unrest) est enregistré pour l'officier"
                + " de sécurité. Restez prudent ; appelez l'officier de permanence.");
        vigil.alerting().smsReplies().read(sms, PAT, "flash hazard tree across the road", null);
        assertThat(last(PAT)).isEqualTo("Vigil: your FLASH report (hazards) is recorded for the security officer."
                + " Stay safe; call the officer on call if you can.");

        SmsReceipt.FlashRead read = (SmsReceipt.FlashRead) es;
        assertThat(read.person()).isEqualTo(ana);
        IncidentReport opened = vigil.incident().reports().get(officer, IncidentReportId.of(read.incident()));
        assertThat(opened.category()).isEqualTo("armed-conflict");
        assertThat(opened.subtype()).isEqualTo(IncidentReport.TO_CLASSIFY);
        assertThat(opened.title()).isEqualTo("Flash by SMS: disparos cerca del puente");
        assertThat(opened.narrative()).startsWith("disparos cerca del puente").contains("person " + ana)
                .contains("SMS from " + ANA);
        assertThat(opened.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(opened.occurredAt()).isEqualTo(Instant.parse("2026-03-01T14:59:30Z"));
        assertThat(opened.reportedBy()).isEqualTo("person " + ana + " by SMS");
        assertThat(opened.source()).isEqualTo("SMS from " + ANA);
        assertThat(opened.writtenDue()).contains(Instant.parse("2026-03-02T14:59:30Z"));
        assertThat(opened.toComplete()).isTrue();
        assertThat(vigil.incident().flashReports().toComplete(officer)).extracting(IncidentReport::category)
                .containsExactlyInAnyOrder("armed-conflict", "civil-unrest", "hazards");
        assertThat(audit()).filteredOn(e -> e.dataClass() == IncidentData.FLASH_REPORTS).hasSize(3)
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("sms-webhook");
                    assertThat(e.action()).isEqualTo(AuditAction.CREATE);
                    assertThat(e.resourceId()).isEqualTo(read.incident());
                    assertThat(e.granted()).isTrue();
                    assertThat(e.persons()).containsExactly(ana);
                });
        assertThatThrownBy(() -> vigil.incident().flashReports().toComplete(sms))
                .as("the integration opens flash reports and reads none").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_flash_report_not_read_is_answered_and_records_nothing_and_the_officer_completes_one_with_a_subtype_and_place() {
        int reports = vigil.incident().reports().list(officer, PageRequest.first(50)).items().size();
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, PAT, "FLASH", null))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("text"));
        assertThat(last(PAT)).isEqualTo("Vigil: flash report not understood, nothing was recorded. Send FLASH, a"
                + " category (CRIME TERROR ARMED UNREST HAZARD) and what happened.");
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, ANA, "alerta disparos cerca del puente",
                null)).as("no category word: 'disparos' is no category of the taxonomy")
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("category"));
        assertThat(last(ANA)).isEqualTo("Vigil: no entendimos su reporte flash, no se registro nada. Envie FLASH, una"
                + " categoria (CRIMEN TERROR ARMADO DISTURBIOS PELIGRO) y lo ocurrido.");
        assertThatThrownBy(() -> vigil.alerting().smsReplies().read(sms, JEAN, "ALERTE crime " + "x".repeat(301),
                null)).isInstanceOf(InvalidCommandException.class);
        assertThat(last(JEAN)).startsWith("Vigil : rapport flash non compris, rien n'a été enregistré.");
        assertThat(vigil.incident().reports().list(officer, PageRequest.first(50)).items()).hasSize(reports);

        SmsReceipt.FlashRead read = (SmsReceipt.FlashRead) vigil.alerting().smsReplies().read(sms, PAT,
                "FLASH crime car stolen at gunpoint", null);
        IncidentReport opened = vigil.incident().reports().get(officer, IncidentReportId.of(read.incident()));
        IncidentDetails unclassified = new IncidentDetails("crime", IncidentReport.TO_CLASSIFY, opened.title(), "",
                opened.occurredAt(), new PlaceDetails("Av. Insurgentes", GeoPoint.of(19.40, -99.17), null), null, null,
                Severity.SERIOUS, opened.source(), null);
        assertThatThrownBy(() -> vigil.incident().reports().update(officer, opened.id(), opened.version(), unclassified))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("subtype"));
        IncidentDetails unplaced = new IncidentDetails("crime", "carjacking", opened.title(), "", opened.occurredAt(),
                new PlaceDetails("Av. Insurgentes", null, null), null, null, Severity.SERIOUS, opened.source(), null);
        assertThatThrownBy(() -> vigil.incident().reports().update(officer, opened.id(), opened.version(), unplaced))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(field(e)).isEqualTo("place"));

        IncidentReport completed = vigil.incident().reports().update(officer, opened.id(), opened.version(),
                new IncidentDetails("crime", "carjacking", "Carjacking on Insurgentes", opened.narrative(),
                        opened.occurredAt(), new PlaceDetails("Av. Insurgentes", GeoPoint.of(19.40, -99.17), null),
                        null, null, Severity.SERIOUS, opened.source(), null));
        assertThat(completed.toComplete()).isFalse();
        assertThat(completed.reportedBy()).isEqualTo("person " + pat + " by SMS");
        assertThat(vigil.incident().flashReports().toComplete(officer)).isEmpty();
    }

    @Test
    void a_caller_on_two_movements_under_way_is_refused_naming_both_and_only_the_integration_records_field_reports() {
        Movement one = trip(DEPARTURE, List.of(pat));
        VehicleId other = vigil.movement().vehicles().create(officer, new VehicleDetails("ABC-002", "Hilux", true,
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of("first-aid kit"))).id();
        Movement two = vigil.movement().movements().create(officer, new MovementDetails("Second trip",
                List.of(GeoPoint.of(19.43, -99.13), GeoPoint.of(19.29, -99.65)), List.of(other), List.of(), null, null,
                DEPARTURE, DEPARTURE.plusSeconds(3600), List.of(pat), 60, 10));
        clock.set(Instant.parse("2026-03-01T15:00:00Z"));

        assertThatThrownBy(() -> vigil.movement().fieldCallIns().callIn(sms, new FieldCallInDetails(pat, "SMS",
                LocalTime.of(8, 59), null))).isInstanceOf(RefusedException.class)
                .hasMessageContaining(one.id().toString()).hasMessageContaining(two.id().toString());
        assertThatThrownBy(() -> vigil.movement().fieldCallIns().callIn(Actor.of("manager", OFFICE, Role.MANAGER),
                new FieldCallInDetails(pat, "SMS", LocalTime.of(8, 59), null)))
                .as("only the integration writes call-ins from the field, and learns nothing of the movements first")
                .isInstanceOf(AccessDeniedException.class);
        int reports = vigil.incident().reports().list(officer, PageRequest.first(50)).items().size();
        assertThatThrownBy(() -> vigil.incident().flashReports().open(Actor.staff("pat", OFFICE, pat),
                new FlashReportDetails(pat, "SMS", "crime", "car stolen", null)))
                .as("only the integration opens flash reports").isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.incident().reports().list(officer, PageRequest.first(50)).items()).hasSize(reports);
        assertThat(vigil.movement().movements().get(officer, one.id()).callIns()).isEmpty();
    }
}
