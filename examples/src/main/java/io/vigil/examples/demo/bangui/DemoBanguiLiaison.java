package io.vigil.examples.demo.bangui;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.ContactSensitivity;
import io.vigil.liaison.domain.DecisionOutcome;
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
import io.vigil.liaison.port.in.LiaisonAdviceDetails;
import io.vigil.liaison.port.in.LiaisonContactDetails;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.in.MeetingDetails;
import io.vigil.liaison.port.in.MeetingSeriesDetails;
import io.vigil.liaison.port.in.OrganisationDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The Bangui office's liaison, seeded through the use cases when it has no organisation: UNDSS
 * Bangui, MINUSCA's joint operations centre, the gendarmerie and the police of the 3e arrondissement
 * (PK5), each with one contact and their last exchange; the security cell's series with a meeting and
 * its three actions (one done, one in progress, one for the demo staff member); and one piece of
 * advice to the head of office with management's decision, in French.
 */
public final class DemoBanguiLiaison {
    /** The security cell's series. */
    public static final String SECURITY_CELL = "Cellule de sécurité, Bangui";
    /** The UNDSS contact. */
    public static final String UNDSS_CONTACT = "Fatoumata Sangaré";

    private final LiaisonUseCases liaison;
    private final PersonId staff;
    private final PersonId warden;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("vigil-demo-seed-com", DemoBanguiOffice.OFFICE, Role.MANAGER);

    public DemoBanguiLiaison(LiaisonUseCases liaison, PersonId staff, PersonId warden) {
        this.liaison = liaison;
        this.staff = staff;
        this.warden = warden;
    }

    /** Seeds the office's liaison unless it has organisations. */
    public void seedIfEmpty(Instant now) {
        if (liaison.organisations().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Africa/Bangui"));
        LiaisonContact sa = contact(organisation("UNDSS Bangui", OrganisationKind.UNDSS), UNDSS_CONTACT,
                "Conseillère principale de sécurité", "+236 70 00 01 01", InformationLevel.CONFIDENTIAL);
        LiaisonContact joc = contact(organisation("MINUSCA, Centre d'opérations conjoint (JOC)",
                OrganisationKind.UN_SECURITY_MANAGEMENT), "Lieutenant-colonel Karim Benslimane", "Officier de"
                + " liaison auprès des agences", "+236 70 00 01 02", InformationLevel.INTERNAL);
        LiaisonContact gendarmerie = contact(organisation("Gendarmerie nationale, compagnie de Bangui",
                OrganisationKind.HOST_LAW_ENFORCEMENT), "Capitaine Hervé Gbadin", "Commandant de compagnie",
                "+236 70 00 01 03", InformationLevel.INTERNAL);
        LiaisonContact police = contact(organisation("Police nationale, commissariat du 3e arrondissement",
                OrganisationKind.HOST_LAW_ENFORCEMENT), "Commissaire Lucienne Nzapa", "Commissaire du 3e"
                + " arrondissement (PK5)", "+236 70 00 01 04", InformationLevel.INTERNAL);
        log(sa, now.minus(Duration.ofDays(2)), ContactMode.MET, "réunion hebdomadaire de sécurité, UNDSS");
        log(joc, now.minus(Duration.ofDays(6)), ContactMode.CALLED, "escorte des convois vers le PK12");
        log(gendarmerie, now.minus(Duration.ofDays(9)), ContactMode.MET, "barrages sur la route de Boali");
        log(police, now.minus(Duration.ofDays(4)), ContactMode.CALLED, "braquage du véhicule BGF-102-B près du PK5");
        MeetingSeries cell = liaison.series().create(officer, new MeetingSeriesDetails(SECURITY_CELL,
                SeriesKind.SECURITY_CELL, "Chaque semaine : la situation, les actions en cours, les avis au chef"
                + " de mission"));
        Meeting meeting = liaison.meetings().create(officer, new MeetingDetails(cell.id(),
                now.minus(Duration.ofDays(7)), List.of(staff, warden), List.of(sa.id()), List.of(
                        "Situation au PK5", "Convois vers le PK12", "Liste des wardens"),
                "UNDSS signale des barrages armés la nuit sur l'avenue Boganda ; les convois du PK12 restent"
                        + " sous escorte MINUSCA.", List.of("Aucun déplacement au PK5 après 15:00")));
        ActionItem radios = liaison.actions().raise(officer, meeting.id(), new ActionItemDetails(
                "Vérifier les radios VHF des deux véhicules", warden, today.minusDays(2)));
        ActionItem wardens = liaison.actions().raise(officer, meeting.id(), new ActionItemDetails(
                "Mettre à jour la liste des wardens de la zone Sud", warden, today.plusDays(5)));
        liaison.actions().raise(officer, meeting.id(), new ActionItemDetails(
                "Diffuser le rappel du couvre-feu au personnel national", staff, today.plusDays(3)));
        liaison.actions().change(officer, radios.id(), radios.version(), new ActionChangeDetails(null, null,
                ActionStatus.DONE));
        liaison.actions().change(officer, wardens.id(), wardens.version(), new ActionChangeDetails(null, null,
                ActionStatus.IN_PROGRESS));
        LiaisonAdvice curfew = liaison.advice().create(officer, new LiaisonAdviceDetails("Retour des convois avant"
                + " 15:00", "braquages aux barrages improvisés en fin de journée (évaluation des risques : routes"
                + " hors de Bangui)", "Tout convoi hors de la ville rentre avant 15:00 ; aucun départ après 11:00",
                now.minus(Duration.ofDays(20))));
        liaison.advice().decide(manager, curfew.id(), curfew.version(), new DecisionRecord(DecisionOutcome.ACCEPTED,
                "adopté en réunion de l'équipe de direction", "Chef de mission", now.minus(Duration.ofDays(18))));
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return liaison.organisations().create(officer, new OrganisationDetails(name, kind, null));
    }

    private LiaisonContact contact(Organisation o, String name, String role, String phone, InformationLevel level) {
        return liaison.contacts().create(officer, new LiaisonContactDetails(o.id(), name, role,
                List.of(new LiaisonChannel(LiaisonChannelKind.MOBILE, phone)), ContactSensitivity.ORDINARY, level,
                null));
    }

    private void log(LiaisonContact c, Instant at, ContactMode mode, String topic) {
        liaison.contactLog().log(officer, new ContactEntryDetails(c.id(), at, mode, topic));
    }
}
