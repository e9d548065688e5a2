package io.vigil.risk.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.SecurityAssessment;
import java.time.Instant;
import java.util.List;

/**
 * Write, review, approve and read security risk assessments. Security roles change them, only a
 * security officer approves, managers read them. A draft is scored with the office's current
 * risk policy; from submission on, the assessment keeps the copy it was scored with.
 */
public interface ManageAssessmentsUseCase extends RecordsUseCase<AssessmentId, AssessmentDetails, SecurityAssessment> {
    /** Starts a draft in the actor's office. */
    SecurityAssessment create(Actor actor, AssessmentDetails details);

    /** Replaces a draft's details at the expected version. */
    SecurityAssessment update(Actor actor, AssessmentId id, long expectedVersion, AssessmentDetails details);

    /** Removes a draft at the expected version. */
    void remove(Actor actor, AssessmentId id, long expectedVersion);

    /** One assessment. */
    SecurityAssessment get(Actor actor, AssessmentId id);

    /** The office's assessments, latest first. */
    Page<SecurityAssessment> list(Actor actor, PageRequest page);

    /** Submits a draft for approval. */
    SecurityAssessment submit(Actor actor, AssessmentId id, long expectedVersion);

    /** Returns an assessment in review to draft. */
    SecurityAssessment returnToDraft(Actor actor, AssessmentId id, long expectedVersion);

    /** Approves an assessment in review; only a security officer may. */
    SecurityAssessment approve(Actor actor, AssessmentId id, long expectedVersion);

    /** Marks an approved assessment as superseded. */
    SecurityAssessment supersede(Actor actor, AssessmentId id, long expectedVersion);

    /** Approved assessments whose review is due at or before {@code at}. */
    List<SecurityAssessment> reviewsDue(Actor actor, Instant at);
}
