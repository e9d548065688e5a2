package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.Kernel;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.review.application.ReviewServices;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;

/** The review context (the periodic programme review): its use cases over every other context's use cases. */
public final class ReviewModule extends ContextModule {

    /** The module binding {@link ReviewUseCases}. */
    public ReviewModule() {
        super(ReviewUseCases.class);
    }

    @Provides
    @Singleton
    ReviewUseCases useCases(RiskUseCases risk, AlertingUseCases alerting, TravelUseCases travel,
                            IncidentUseCases incident, CrisisUseCases crisis, GuardUseCases guard,
                            DocumentsUseCases documents, AwarenessUseCases awareness, MovementUseCases movement,
                            LiaisonUseCases liaison, PeopleUseCases people,
                            Kernel kernel) {
        return ReviewServices.create(ReviewSources.of(risk, alerting, travel, incident, crisis, guard, documents,
                awareness, movement, liaison),
                people.offices(), kernel);
    }
}
