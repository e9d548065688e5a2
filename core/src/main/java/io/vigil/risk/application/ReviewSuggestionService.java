package io.vigil.risk.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.ReviewSuggestion;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.AssessmentArea;
import io.vigil.risk.port.in.ReviewSuggestionsUseCase;
import io.vigil.risk.port.out.AssessmentRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Review suggestions on approved assessments, asked for by other contexts. */
final class ReviewSuggestionService implements ReviewSuggestionsUseCase {
    private final AssessmentRegistry assessments;
    private final GuardedRecords<AssessmentId, SecurityAssessment> records;
    private final Clock clock;

    ReviewSuggestionService(AssessmentRegistry assessments, AccessGuard guard, Clock clock) {
        this.assessments = assessments;
        this.records = new GuardedRecords<>(AssessmentService.TYPE, RiskData.RISK, assessments, assessments::list,
                guard);
        this.clock = clock;
    }

    @Override
    public List<AssessmentArea> approvedAreas(Actor actor) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return Page.all(p -> assessments.list(actor.office(), p)).stream()
                .filter(a -> a.status() == AssessmentStatus.APPROVED)
                .map(a -> new AssessmentArea(a.id().toString(), a.title(), a.area())).toList();
    }

    @Override
    public boolean suggestReview(Actor actor, String assessmentId, String reason, List<String> citing) {
        AssessmentId id = CommandValidator.build("assessment", () -> AssessmentId.of(assessmentId));
        SecurityAssessment current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (current.status() != AssessmentStatus.APPROVED) {
            throw RefusedException.because("assessment " + id + " is " + current.status()
                    + "; only an APPROVED assessment's review is suggested");
        }
        Optional<ReviewSuggestion> kept = current.reviewSuggestion();
        if (kept.filter(k -> k.reason().equals(reason) && k.citing().equals(citing)).isPresent()) {
            return false;
        }
        ReviewSuggestion suggestion = CommandValidator.build("body",
                () -> new ReviewSuggestion(clock.instant(), reason, citing));
        assessments.save(current.withReviewSuggested(suggestion));
        return true;
    }
}
