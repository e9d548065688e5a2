package io.vigil.wiring;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.RefusedException;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.review.port.out.ReviewSource;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;
import java.util.List;

/**
 * The programme review's sections, in the order the review shows them, each read through its
 * context's {@code port.in}. A new section is one {@link ReviewSource} class beside these and one
 * line here (the liaison context's, for one).
 */
public final class ReviewSources {

    private ReviewSources() {
    }

    /** Every section over the contexts' use cases. */
    public static List<ReviewSource> of(RiskUseCases risk, AlertingUseCases alerting, TravelUseCases travel,
                                        IncidentUseCases incident, CrisisUseCases crisis, GuardUseCases guard,
                                        DocumentsUseCases documents, AwarenessUseCases awareness,
                                        MovementUseCases movement, LiaisonUseCases liaison) {
        return List.of(
                new RiskReviewSource(risk),
                new EquipmentReviewSource(risk),
                new AlertingReviewSource(alerting),
                new PhoneTreeReviewSource(alerting),
                new TravelReviewSource(travel),
                new IncidentReviewSource(incident),
                new CrisisReviewSource(crisis),
                new GuardReviewSource(guard),
                new DocumentsReviewSource(documents),
                new TrainingReviewSource(awareness),
                new MovementReviewSource(movement),
                new LiaisonReviewSource(liaison));
    }

    /** The records, refused when more than a section counts of one kind. */
    static <T> List<T> bounded(List<T> records, String what) {
        if (records.size() > ReviewSource.MAX_RECORDS) {
            throw RefusedException.because(records.size() + " " + what + " in that period, more than the "
                    + ReviewSource.MAX_RECORDS + " one review counts; review a shorter period");
        }
        return records;
    }
}
