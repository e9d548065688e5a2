package io.vigil.rest.review;

import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigil.rest.RouteSet;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.wiring.OnceModule;

/** Contributes the programme review's routes to the API's route sets. */
public final class ReviewRestModule extends OnceModule {

    @ProvidesIntoSet
    RouteSet routes(ReviewUseCases review) {
        return new ReviewApi(review);
    }
}
