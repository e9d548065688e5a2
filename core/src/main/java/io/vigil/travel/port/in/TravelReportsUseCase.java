package io.vigil.travel.port.in;

import io.vigil.kernel.access.Actor;
import java.time.Instant;

/** The travel reports: fairness of decisions over a period, and planned trips that will fail on training. */
public interface TravelReportsUseCase {
    /** The longest period of a fairness report, in days. */
    int MAX_PERIOD_DAYS = 366;
    /** How far ahead the training report looks, in days. */
    int TRAINING_DAYS_AHEAD = 30;

    /** Decisions on the clearances submitted from {@code from} to {@code to}, by category, unit and outcome. */
    FairnessReport fairness(Actor actor, Instant from, Instant to);

    /** The live clearances departing in the next {@link #TRAINING_DAYS_AHEAD} days whose training check fails. */
    TrainingRisks trainingFailures(Actor actor, Instant at);
}
