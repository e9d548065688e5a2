package io.vigil.alerting.domain;

import static io.vigil.alerting.domain.MessageKind.ADVISORY_ISSUED;
import static io.vigil.alerting.domain.MessageKind.CALL_IN_NOT_UNDERSTOOD;
import static io.vigil.alerting.domain.MessageKind.CALL_IN_NO_MOVEMENT;
import static io.vigil.alerting.domain.MessageKind.CALL_IN_OVERDUE;
import static io.vigil.alerting.domain.MessageKind.CALL_IN_RECORDED;
import static io.vigil.alerting.domain.MessageKind.CALL_IN_REMINDER;
import static io.vigil.alerting.domain.MessageKind.CLEARANCE_REVOKED;
import static io.vigil.alerting.domain.MessageKind.COMMUNICATION_TEST_REQUEST;
import static io.vigil.alerting.domain.MessageKind.CRISIS_ACTIVATED;
import static io.vigil.alerting.domain.MessageKind.CRISIS_ACTIVATED_ALTERNATE;
import static io.vigil.alerting.domain.MessageKind.DOCUMENT_ISSUED;
import static io.vigil.alerting.domain.MessageKind.FIELD_NUMBER_UNKNOWN;
import static io.vigil.alerting.domain.MessageKind.FLASH_NOT_UNDERSTOOD;
import static io.vigil.alerting.domain.MessageKind.FLASH_REPORT_OPENED;
import static io.vigil.alerting.domain.MessageKind.INCIDENT_FLASH;
import static io.vigil.alerting.domain.MessageKind.INCIDENT_WRITTEN;
import static io.vigil.alerting.domain.MessageKind.OFFICER_HELP_AFTER_SAFE;
import static io.vigil.alerting.domain.MessageKind.OFFICER_NEEDS_HELP;
import static io.vigil.alerting.domain.MessageKind.OFFICER_SAFE_AFTER_HELP;
import static io.vigil.alerting.domain.MessageKind.REPLY_NEEDS_HELP;
import static io.vigil.alerting.domain.MessageKind.REPLY_NOTHING_WAITING;
import static io.vigil.alerting.domain.MessageKind.REPLY_NOT_UNDERSTOOD;
import static io.vigil.alerting.domain.MessageKind.REPLY_SAFE;
import static io.vigil.alerting.domain.MessageKind.ROLL_CALL_REQUEST;
import static io.vigil.alerting.domain.MessageKind.ROLL_CALL_SILENT_NO_WARDEN;
import static io.vigil.alerting.domain.MessageKind.ROLL_CALL_SILENT_TO_OFFICER;
import static io.vigil.alerting.domain.MessageKind.ROLL_CALL_SILENT_TO_WARDEN;
import static io.vigil.alerting.domain.MessageKind.SITREP_DUE;

import io.vigil.kernel.Language;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The templates Vigil ships, in English, Spanish and French, for every kind of message; an
 * office's own template of a kind and language replaces the shipped one. The Spanish and French
 * texts leave out the accents the GSM alphabet lacks (as SMS writers do), so each stays one SMS.
 */
public final class ShippedTemplates {
    private static final Map<Language, Map<MessageKind, String>> TEXTS = Map.of(
            Language.EN, texts(
                    COMMUNICATION_TEST_REQUEST,
                    "Vigil communication test \"{title}\": reply 1 if you are safe, 2 if you need help.",
                    ROLL_CALL_REQUEST,
                    "Vigil roll-call: {title}. Are you safe? Reply 1 if you are safe, 2 if you need help.",
                    ROLL_CALL_SILENT_TO_WARDEN, "Vigil roll-call \"{title}\", zone {zone}: no answer after {minutes}"
                            + " minutes ({count}): {persons}. Please check on them.",
                    ROLL_CALL_SILENT_NO_WARDEN, "Vigil roll-call \"{title}\": no answer after {minutes} minutes"
                            + " ({count}) with no warden: {persons}.",
                    ROLL_CALL_SILENT_TO_OFFICER, "Vigil roll-call \"{title}\": no answer after {minutes} minutes"
                            + " ({count}): {persons}.",
                    CALL_IN_OVERDUE, "Vigil movement \"{title}\" missed its call-in due {due}: no answer after"
                            + " {minutes} minutes ({count}): {persons}.",
                    OFFICER_NEEDS_HELP, "Vigil: {name} answered NEEDS HELP to \"{title}\" at {at} by {channel}.",
                    OFFICER_HELP_AFTER_SAFE, "Vigil: {name} answered NEEDS HELP (after SAFE at {before}) to"
                            + " \"{title}\" at {at} by {channel}.",
                    OFFICER_SAFE_AFTER_HELP, "Vigil: {name} answered SAFE (after NEEDS HELP at {before}) to"
                            + " \"{title}\" at {at} by {channel}.",
                    CLEARANCE_REVOKED, "Travel clearance {clearance} (departing {departure}) is REVOKED: {reason}",
                    INCIDENT_FLASH, "FLASH REPORT {office}: {severity} {category} - {title}, {place}, {at}. Persons"
                            + " affected: {count}. Source: {source} ({verification}). Ref {ref}; acknowledge please.",
                    INCIDENT_WRITTEN, "WRITTEN REPORT {office}: {severity} {category} - {title}, {place}, {at}."
                            + " Persons affected: {count}. Source: {source} ({verification}). Ref {ref}; acknowledge"
                            + " please.",
                    CRISIS_ACTIVATED, "Crisis team activated ({scenario}): {trigger}. You are {role}. Answer"
                            + " AVAILABLE or UNAVAILABLE in Vigil (activation {activation}).",
                    CRISIS_ACTIVATED_ALTERNATE, "Crisis team activated ({scenario}): {trigger}. You are {role}"
                            + " (alternate). Answer AVAILABLE or UNAVAILABLE in Vigil (activation {activation}).",
                    SITREP_DUE, "Situation report due: topic {topic} \"{title}\" of the {scenario} activation was due"
                            + " at {due} (activation {activation}).",
                    DOCUMENT_ISSUED, "Security document \"{title}\" (version {version}) has been issued to you. Please"
                            + " read it and acknowledge it: reference {ref}.",
                    ADVISORY_ISSUED, "Vigil advisory ({severity}): {title}. In force until {until}. Read it and"
                            + " acknowledge it in Vigil (ref {ref}).",
                    CALL_IN_REMINDER, "Vigil: call-in due at {due} on \"{title}\". Send OK, the time now as HH:MM"
                            + " and where you are: OK 14:30 PK12.",
                    REPLY_SAFE, "Vigil: your answer SAFE to \"{title}\" is recorded. Thank you.",
                    REPLY_NEEDS_HELP, "Vigil: your call for HELP to \"{title}\" is recorded. The officer on call"
                            + " is told; keep your phone on.",
                    REPLY_NOT_UNDERSTOOD, "Vigil: reply not understood, nothing was recorded. Reply 1 or SAFE if"
                            + " you are safe, 2 or HELP if you need help.",
                    REPLY_NOTHING_WAITING, "Vigil: no request is waiting for an answer from this number; nothing"
                            + " was recorded. In an emergency call the officer on call.",
                    // the answers to call-ins and flash reports by SMS (see FieldWords)
                    CALL_IN_RECORDED, "Vigil: your call-in at {time} on \"{title}\" is recorded. Thank you; call in"
                            + " again on schedule.",
                    CALL_IN_NOT_UNDERSTOOD, "Vigil: call-in not understood, nothing was recorded. Send OK, the time"
                            + " now as HH:MM and where you are: OK 14:30 PK12.",
                    CALL_IN_NO_MOVEMENT, "Vigil: call-in not recorded: no movement of yours is under way at that"
                            + " time. Call in by radio or call the officer on call.",
                    FLASH_REPORT_OPENED, "Vigil: your FLASH report ({category}) is recorded for the security officer."
                            + " Stay safe; call the officer on call if you can.",
                    FLASH_NOT_UNDERSTOOD, "Vigil: flash report not understood, nothing was recorded. Send FLASH, a"
                            + " category (CRIME TERROR ARMED UNREST HAZARD) and what happened.",
                    FIELD_NUMBER_UNKNOWN, "Vigil: this number is not on the office's personnel list; nothing was"
                            + " recorded. In an emergency call the officer on call."),
            Language.ES, texts(
                    COMMUNICATION_TEST_REQUEST,
                    "Vigil, prueba de comunicacion \"{title}\": responda 1 si esta a salvo, 2 si necesita ayuda.",
                    ROLL_CALL_REQUEST,
                    "Vigil, pase de lista: {title}. ¿Esta a salvo? Responda 1 si esta a salvo, 2 si necesita"
                            + " ayuda.",
                    ROLL_CALL_SILENT_TO_WARDEN, "Vigil, pase de lista \"{title}\", zona {zone}: sin respuesta tras"
                            + " {minutes} minutos ({count}): {persons}. Compruebe como estan, por favor.",
                    ROLL_CALL_SILENT_NO_WARDEN, "Vigil, pase de lista \"{title}\": sin respuesta tras {minutes}"
                            + " minutos ({count}), sin coordinador de zona: {persons}.",
                    ROLL_CALL_SILENT_TO_OFFICER, "Vigil, pase de lista \"{title}\": sin respuesta tras {minutes}"
                            + " minutos ({count}): {persons}.",
                    CALL_IN_OVERDUE, "Vigil, el movimiento \"{title}\" no se reporto a la hora prevista, {due}: sin"
                            + " respuesta tras {minutes} minutos ({count}): {persons}.",
                    OFFICER_NEEDS_HELP, "Vigil: {name} respondio NECESITA AYUDA a \"{title}\" el {at} por"
                            + " {channel}.",
                    OFFICER_HELP_AFTER_SAFE, "Vigil: {name} respondio NECESITA AYUDA (antes A SALVO, {before}) a"
                            + " \"{title}\" el {at} por {channel}.",
                    OFFICER_SAFE_AFTER_HELP, "Vigil: {name} respondio A SALVO (antes NECESITA AYUDA, {before}) a"
                            + " \"{title}\" el {at} por {channel}.",
                    CLEARANCE_REVOKED, "La autorizacion de viaje {clearance} (salida {departure}) queda REVOCADA:"
                            + " {reason}",
                    INCIDENT_FLASH, "INFORME FLASH {office}: {severity} {category} - {title}, {place}, {at}."
                            + " Personas afectadas: {count}. Fuente: {source} ({verification}). Ref {ref}; acuse"
                            + " recibo, por favor.",
                    INCIDENT_WRITTEN, "INFORME ESCRITO {office}: {severity} {category} - {title}, {place}, {at}."
                            + " Personas afectadas: {count}. Fuente: {source} ({verification}). Ref {ref}; acuse"
                            + " recibo, por favor.",
                    CRISIS_ACTIVATED, "Equipo de crisis activado ({scenario}): {trigger}. Usted es {role}. Responda"
                            + " DISPONIBLE o NO DISPONIBLE en Vigil (activacion {activation}).",
                    CRISIS_ACTIVATED_ALTERNATE, "Equipo de crisis activado ({scenario}): {trigger}. Usted es"
                            + " suplente de {role}. Responda DISPONIBLE o NO DISPONIBLE en Vigil (activacion"
                            + " {activation}).",
                    SITREP_DUE, "Informe de situacion pendiente: tema {topic} \"{title}\" de la activacion"
                            + " {scenario}, debido el {due} (activacion {activation}).",
                    DOCUMENT_ISSUED, "Le enviamos el documento de seguridad \"{title}\" (version {version}). Por"
                            + " favor lealo y confirme su lectura: referencia {ref}.",
                    ADVISORY_ISSUED, "Aviso de seguridad Vigil ({severity}): {title}. Vigente hasta {until}. Lealo"
                            + " y confirme su lectura en Vigil (ref {ref}).",
                    CALL_IN_REMINDER, "Vigil: su reporte en \"{title}\" vence a las {due}. Envie OK, la hora como"
                            + " HH:MM y donde esta: OK 14:30 PK12.",
                    REPLY_SAFE, "Vigil: registramos su respuesta A SALVO a \"{title}\". Gracias.",
                    REPLY_NEEDS_HELP, "Vigil: registramos su pedido de AYUDA a \"{title}\". Avisamos al oficial"
                            + " de guardia; no apague el telefono.",
                    REPLY_NOT_UNDERSTOOD, "Vigil: no entendimos su respuesta, no se registro nada. Responda 1 o SI"
                            + " si esta a salvo, 2 o AYUDA si necesita ayuda.",
                    REPLY_NOTHING_WAITING, "Vigil: ninguna solicitud espera respuesta de este numero; no se registro"
                            + " nada. En una emergencia llame al oficial de guardia.",
                    // the answers to call-ins and flash reports by SMS (see FieldWords)
                    CALL_IN_RECORDED, "Vigil: registramos su reporte de las {time} en \"{title}\". Gracias; vuelva"
                            + " a reportarse segun el horario.",
                    CALL_IN_NOT_UNDERSTOOD, "Vigil: no entendimos su reporte, no se registro nada. Envie OK, la hora"
                            + " como HH:MM y donde esta: OK 14:30 PK12.",
                    CALL_IN_NO_MOVEMENT, "Vigil: reporte no registrado: ningun movimiento suyo esta en curso a esa"
                            + " hora. Reportese por radio o llame al oficial de guardia.",
                    FLASH_REPORT_OPENED, "Vigil: registramos su reporte FLASH ({category}) para el oficial de"
                            + " seguridad. Cuidese; llame al oficial de guardia si puede.",
                    FLASH_NOT_UNDERSTOOD, "Vigil: no entendimos su reporte flash, no se registro nada. Envie FLASH,"
                            + " una categoria (CRIMEN TERROR ARMADO DISTURBIOS PELIGRO) y lo ocurrido.",
                    FIELD_NUMBER_UNKNOWN, "Vigil: este numero no figura en el personal de la oficina; no se registro"
                            + " nada. En una emergencia llame al oficial de guardia."),
            Language.FR, texts(
                    COMMUNICATION_TEST_REQUEST,
                    "Vigil, test de communication \"{title}\" : répondez 1 si tout va bien, 2 si vous avez"
                            + " besoin d'aide.",
                    ROLL_CALL_REQUEST,
                    "Vigil, appel nominal : {title}. Tout va bien ? Répondez 1 si tout va bien, 2 si vous avez"
                            + " besoin d'aide.",
                    ROLL_CALL_SILENT_TO_WARDEN, "Vigil, appel nominal \"{title}\", zone {zone} : sans réponse après"
                            + " {minutes} minutes ({count}) : {persons}. Merci de les joindre.",
                    ROLL_CALL_SILENT_NO_WARDEN, "Vigil, appel nominal \"{title}\" : sans réponse après {minutes}"
                            + " minutes ({count}), sans responsable de zone : {persons}.",
                    ROLL_CALL_SILENT_TO_OFFICER, "Vigil, appel nominal \"{title}\" : sans réponse après {minutes}"
                            + " minutes ({count}) : {persons}.",
                    CALL_IN_OVERDUE, "Vigil, le mouvement \"{title}\" n'a pas fait son point de contact prévu le"
                            + " {due} : sans réponse après {minutes} minutes ({count}) : {persons}.",
                    OFFICER_NEEDS_HELP, "Vigil : {name} a répondu BESOIN D'AIDE à \"{title}\" le {at} par"
                            + " {channel}.",
                    OFFICER_HELP_AFTER_SAFE, "Vigil : {name} a répondu BESOIN D'AIDE (avant TOUT VA BIEN,"
                            + " {before}) à \"{title}\" le {at} par {channel}.",
                    OFFICER_SAFE_AFTER_HELP, "Vigil : {name} a répondu TOUT VA BIEN (avant BESOIN D'AIDE,"
                            + " {before}) à \"{title}\" le {at} par {channel}.",
                    CLEARANCE_REVOKED, "L'autorisation de voyage {clearance} (départ {departure}) est RÉVOQUÉE :"
                            + " {reason}",
                    INCIDENT_FLASH, "RAPPORT FLASH {office} : {severity} {category} - {title}, {place}, {at}."
                            + " Personnes touchées : {count}. Source : {source} ({verification}). Réf {ref} ; merci"
                            + " d'en accuser réception.",
                    INCIDENT_WRITTEN, "RAPPORT ÉCRIT {office} : {severity} {category} - {title}, {place}, {at}."
                            + " Personnes touchées : {count}. Source : {source} ({verification}). Réf {ref} ; merci"
                            + " d'en accuser réception.",
                    CRISIS_ACTIVATED, "Cellule de crise activée ({scenario}) : {trigger}. Votre fonction : {role}."
                            + " Répondez DISPONIBLE ou INDISPONIBLE dans Vigil (activation {activation}).",
                    CRISIS_ACTIVATED_ALTERNATE, "Cellule de crise activée ({scenario}) : {trigger}. Votre fonction :"
                            + " suppléant de {role}. Répondez DISPONIBLE ou INDISPONIBLE dans Vigil (activation"
                            + " {activation}).",
                    SITREP_DUE, "Rapport de situation en retard : sujet {topic} \"{title}\" de l'activation"
                            + " {scenario}, attendu à {due} (activation {activation}).",
                    DOCUMENT_ISSUED, "Le document de sécurité \"{title}\" (version {version}) vous est adressé. Merci"
                            + " de le lire et d'en accuser réception : référence {ref}.",
                    ADVISORY_ISSUED, "Avis de sécurité Vigil ({severity}) : {title}. En vigueur jusqu'à {until}."
                            + " Lisez-le et accusez-en réception dans Vigil (réf {ref}).",
                    CALL_IN_REMINDER, "Vigil : point attendu à {due} sur \"{title}\". Envoyez OK, l'heure HH:MM et"
                            + " le lieu : OK 14:30 PK12.",
                    REPLY_SAFE, "Vigil : votre réponse TOUT VA BIEN à \"{title}\" est enregistrée. Merci.",
                    REPLY_NEEDS_HELP, "Vigil : demande d'AIDE à \"{title}\" enregistrée. L'officier de"
                            + " permanence est prévenu ; restez joignable.",
                    REPLY_NOT_UNDERSTOOD, "Vigil : réponse non comprise, rien n'a été enregistré. Répondez 1 ou OUI"
                            + " si tout va bien, 2 ou AIDE si vous avez besoin d'aide.",
                    REPLY_NOTHING_WAITING, "Vigil : aucune demande n'attend de réponse de ce numéro ; rien n'a été"
                            + " enregistré. En cas d'urgence, appelez l'officier de permanence.",
                    // the answers to call-ins and flash reports by SMS (see FieldWords)
                    CALL_IN_RECORDED, "Vigil : votre point de {time} sur \"{title}\" est enregistré. Merci ;"
                            + " rappelez selon l'horaire prévu.",
                    CALL_IN_NOT_UNDERSTOOD, "Vigil : point non compris, rien n'a été enregistré. Envoyez OK, l'heure"
                            + " HH:MM et le lieu : OK 14:30 PK12.",
                    CALL_IN_NO_MOVEMENT, "Vigil : point non enregistré : aucun de vos mouvements n'est en cours à"
                            + " cette heure. Appelez par radio ou l'officier de permanence.",
                    FLASH_REPORT_OPENED, "Vigil : votre rapport FLASH ({category}) est enregistré pour l'officier de"
                            + " sécurité. Restez prudent ; appelez l'officier de permanence.",
                    FLASH_NOT_UNDERSTOOD, "Vigil : rapport flash non compris, rien n'a été enregistré. Envoyez FLASH,"
                            + " une catégorie (CRIME TERRORISME ARME TROUBLES DANGER) et les faits.",
                    FIELD_NUMBER_UNKNOWN, "Vigil : ce numéro n'est pas dans le personnel du bureau ; rien n'a été"
                            + " enregistré. En cas d'urgence, appelez l'officier de permanence."));

    private ShippedTemplates() {
    }

    /** The texts of one language, given as kind, text, kind, text, ... */
    private static Map<MessageKind, String> texts(Object... kindsAndTexts) {
        Map<MessageKind, String> texts = new EnumMap<>(MessageKind.class);
        for (int k = 0; k < kindsAndTexts.length; k += 2) {
            texts.put((MessageKind) kindsAndTexts[k], (String) kindsAndTexts[k + 1]);
        }
        return Map.copyOf(texts);
    }

    /** The shipped templates, each built (and checked) once: a roll-call words one request per person. */
    private static final Map<Language, Map<MessageKind, MessageTemplate>> BUILT = built();

    private static Map<Language, Map<MessageKind, MessageTemplate>> built() {
        Map<Language, Map<MessageKind, MessageTemplate>> built = new HashMap<>();
        TEXTS.forEach((language, texts) -> {
            Map<MessageKind, MessageTemplate> templates = new EnumMap<>(MessageKind.class);
            texts.forEach((kind, text) -> templates.put(kind, new MessageTemplate(kind, language, text)));
            built.put(language, Map.copyOf(templates));
        });
        return Map.copyOf(built);
    }

    /** The shipped template of the kind in the language. */
    public static MessageTemplate of(MessageKind kind, Language language) {
        MessageTemplate known = BUILT.getOrDefault(language, Map.of()).get(kind);
        return known != null ? known : new MessageTemplate(kind, language, TEXTS.get(language).get(kind));
    }

    /** Every shipped template: each kind in each supported language, by kind then language. */
    public static List<MessageTemplate> all() {
        return Stream.of(MessageKind.values()).flatMap(k -> Language.SUPPORTED.stream().map(l -> of(k, l))).toList();
    }
}
