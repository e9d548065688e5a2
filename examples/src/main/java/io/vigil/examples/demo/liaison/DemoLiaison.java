package io.vigil.examples.demo.liaison;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.ContactSensitivity;
import io.vigil.liaison.domain.DecisionOutcome;
import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonChannel;
import io.vigil.liaison.domain.LiaisonChannelKind;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.domain.SeriesKind;
import io.vigil.liaison.port.in.ActionChangeDetails;
import io.vigil.liaison.port.in.ActionItemDetails;
import io.vigil.liaison.port.in.ContactEntryDetails;
import io.vigil.liaison.port.in.DecisionRecord;
import io.vigil.liaison.port.in.ExchangeDetails;
import io.vigil.liaison.port.in.LiaisonAdviceDetails;
import io.vigil.liaison.port.in.LiaisonContactDetails;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.in.MeetingDetails;
import io.vigil.liaison.port.in.MeetingSeriesDetails;
import io.vigil.liaison.port.in.OrganisationDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo office's liaison, seeded through the use cases when it has no organisation: UNDSS, the
 * Mexico City police liaison, an embassy's regional security officer and a private security network
 * contact (confidential, and stale: last reached 120 days ago); the security cell's meetings, the
 * second opening with the first one's open items (one of them now overdue, one owned by the demo
 * staff member), a task for the field security associate; two pieces of advice to the head of office
 * with management's decisions.
 */
public final class DemoLiaison {
    /** The confidential contact of the private security network, stale. */
    public static final String NETWORK_CONTACT = "Rodrigo Salinas (OSAC Mexico country council)";
    /** The security cell's series. */
    public static final String SECURITY_CELL = "Security cell, Mexico City";

    private final LiaisonUseCases liaison;
    private final PersonId staff;
    private final PersonId associate;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("vigil-demo-seed-com", DemoOffice.OFFICE, Role.MANAGER);

    /** The seeding over the liaison use cases; {@code associate} is the field security associate. */
    public DemoLiaison(LiaisonUseCases liaison, PersonId staff, PersonId associate) {
        this.liaison = liaison;
        this.staff = staff;
        this.associate = associate;
    }

    /** Seeds the office's liaison unless it has organisations. */
    public void seedIfEmpty(Instant now) {
        if (liaison.organisations().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Organisation undss = organisation("UNDSS Mexico", OrganisationKind.UNDSS);
        Organisation police = organisation("Secretaría de Seguridad Ciudadana, Ciudad de México",
                OrganisationKind.HOST_LAW_ENFORCEMENT);
        Organisation embassy = organisation("Embassy of Canada, Regional Security Office",
                OrganisationKind.DIPLOMATIC_MISSION);
        Organisation network = organisation("OSAC Mexico country council", OrganisationKind.PRIVATE_SECURITY_NETWORK);
        LiaisonContact sa = contact(undss, "Ana Beltrán", "Security Adviser", ContactSensitivity.ORDINARY,
                InformationLevel.CONFIDENTIAL);
        LiaisonContact cmdr = contact(police, "Comandante Héctor Ruiz", "Liaison with international organisations",
                ContactSensitivity.ORDINARY, InformationLevel.INTERNAL);
        LiaisonContact rso = contact(embassy, "Claire Dubois", "Regional Security Officer", ContactSensitivity.ORDINARY,
                InformationLevel.INTERNAL);
        LiaisonContact net = contact(network, NETWORK_CONTACT, "Council chair", ContactSensitivity.CONFIDENTIAL,
                InformationLevel.INTERNAL);
        log(sa, now.minus(Duration.ofDays(3)), ContactMode.MET, "weekly security update, UNDSS");
        log(cmdr, now.minus(Duration.ofDays(10)), ContactMode.CALLED, "road blocks announced on Reforma");
        log(rso, now.minus(Duration.ofDays(20)), ContactMode.EMAILED, "warden networks of both missions");
        log(net, now.minus(Duration.ofDays(120)), ContactMode.MET, "express kidnappings in Polanco");
        exchange(sa, now.minus(Duration.ofDays(3)), ExchangeDirection.OBTAINED, InformationLevel.CONFIDENTIAL,
                "UNDSS threat assessment update for the Valle de México");
        exchange(cmdr, now.minus(Duration.ofDays(10)), ExchangeDirection.SHARED, InformationLevel.INTERNAL,
                "the office's march-day movement restrictions");
        MeetingSeries cell = liaison.series().create(officer, new MeetingSeriesDetails(SECURITY_CELL,
                SeriesKind.SECURITY_CELL, "Every two weeks: the threat picture, open actions, advice to the COM"));
        Meeting first = liaison.meetings().create(officer, new MeetingDetails(cell.id(), now.minus(Duration.ofDays(14)),
                List.of(staff, associate), List.of(sa.id()), List.of("Threat picture", "Warden system",
                "Earthquake drill"), "UNDSS briefed on the march season; the warden list of zone Norte is out of"
                + " date.", List.of("Hold the earthquake drill before the end of the month")));
        ActionItem wardens = liaison.actions().raise(officer, first.id(), new ActionItemDetails(
                "Update the warden list of zone Norte", associate, today.minusDays(3)));
        liaison.actions().raise(officer, first.id(), new ActionItemDetails(
                "Confirm the assembly points with building management", staff, today.plusDays(10)));
        ActionItem drill = liaison.actions().raise(officer, first.id(), new ActionItemDetails(
                "Book the earthquake drill date", associate, today.minusDays(7)));
        liaison.actions().change(officer, drill.id(), drill.version(), new ActionChangeDetails(null, null,
                ActionStatus.DONE));
        liaison.actions().change(officer, wardens.id(), wardens.version(), new ActionChangeDetails(null, null,
                ActionStatus.IN_PROGRESS));
        Meeting second = liaison.meetings().create(officer, new MeetingDetails(cell.id(),
                now.minus(Duration.ofDays(1)), List.of(staff, associate), List.of(), List.of("Open actions",
                "Independence Day celebrations"), "Open actions reviewed; the zócalo is closed on the 15th.",
                List.of("No staff at the zócalo on the evening of the 15th")));
        liaison.actions().raise(officer, second.id(), new ActionItemDetails(
                "Send the Independence Day advisory", associate, today.plusDays(5)));
        liaison.actions().assign(officer, new ActionItemDetails("Visit the residences of zone Sur", associate,
                today.plusDays(21)));
        LiaisonAdvice night = liaison.advice().create(officer, new LiaisonAdviceDetails("Road movements after dark",
                "carjacking on federal highway 15D (risk assessment: road travel)",
                "Suspend road movements on 15D between sunset and sunrise until the next assessment",
                now.minus(Duration.ofDays(30))));
        liaison.advice().decide(manager, night.id(), night.version(), new DecisionRecord(DecisionOutcome.ACCEPTED,
                "agreed at the SMT", "Head of office", now.minus(Duration.ofDays(28))));
        LiaisonAdvice guards = liaison.advice().create(officer, new LiaisonAdviceDetails("Armed guards at the residence"
                + " of the head of office", "break-ins in Lomas de Chapultepec",
                "Add a night guard and an alarm link to the guard force's control room", now.minus(Duration.ofDays(9))));
        liaison.advice().decide(manager, guards.id(), guards.version(), new DecisionRecord(
                DecisionOutcome.PARTLY_ACCEPTED, "the alarm link yes; no budget for a night guard this year",
                "Head of office", now.minus(Duration.ofDays(5))));
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return liaison.organisations().create(officer, new OrganisationDetails(name, kind, null));
    }

    private LiaisonContact contact(Organisation o, String name, String role, ContactSensitivity sensitivity,
                                   InformationLevel level) {
        return liaison.contacts().create(officer, new LiaisonContactDetails(o.id(), name, role,
                List.of(new LiaisonChannel(LiaisonChannelKind.MOBILE, "+52 55 5000 0000")), sensitivity, level,
                null));
    }

    private void log(LiaisonContact c, Instant at, ContactMode mode, String topic) {
        liaison.contactLog().log(officer, new ContactEntryDetails(c.id(), at, mode, topic));
    }

    private void exchange(LiaisonContact c, Instant at, ExchangeDirection direction, InformationLevel level,
                          String summary) {
        liaison.informationLog().record(officer, new ExchangeDetails(c.id(), at, direction, level, summary));
    }
}
