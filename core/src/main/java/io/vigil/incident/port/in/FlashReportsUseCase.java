package io.vigil.incident.port.in;

import io.vigil.incident.domain.IncidentReport;
import io.vigil.kernel.access.Actor;
import java.util.List;

/**
 * Flash reports from the field: a person of the office reports an incident in a few words from
 * their phone (the alerting context reads the SMS and names the sender), and the office gets an
 * incident report for the officer to complete. It is opened {@code CRITICAL} and unverified, in the
 * category given, with the subtype {@link IncidentReport#TO_CLASSIFY} and a place only described
 * ("not given: reported by SMS"); being critical, the flash notice goes to the reporting chain at
 * once and the written report is due within 24 hours. The officer completes it with
 * {@link IncidentReportsUseCase#update} (a subtype of the taxonomy and a point or an area are then
 * required, and the severity may be lowered). Opening needs write access to {@code FLASH_REPORTS}
 * (the SMS provider's integration has it), audited naming the reporter; listing those to complete
 * needs read access to incidents.
 */
public interface FlashReportsUseCase {
    /** The title of a flash report: this, then the start of the text. */
    String TITLE = "Flash by SMS: ";

    /**
     * Opens the report.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code category} when it is no
     *         category of the office's taxonomy, or any invalid field
     */
    FlashReportReceipt open(Actor actor, FlashReportDetails details);

    /** The office's open reports the officer is still to complete ({@link IncidentReport#toComplete}), latest first. */
    List<IncidentReport> toComplete(Actor actor);
}
