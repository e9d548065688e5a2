package io.vigil.review.port.in;

import io.vigil.kernel.Require;

/** The review context's use cases. */
public record ReviewUseCases(ProgrammeReviewUseCase programme) {
    public ReviewUseCases {
        Require.nonNull(programme, "programme");
    }
}
