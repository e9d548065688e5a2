package io.vigil.risk.domain;

import io.vigil.kernel.Outcome;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a security risk assessment is in its lifecycle, with the data of that state only:
 * draft, in review, approved (by whom, when), superseded (keeping its approval). Each state
 * answers the steps it allows with the next state; every other step is refused with the reason.
 */
public sealed interface AssessmentState
        permits AssessmentState.Draft, AssessmentState.InReview, AssessmentState.Approved,
        AssessmentState.Superseded {

    /** The name of the state, as stored and shown. */
    AssessmentStatus status();

    /** Submits a draft for approval. */
    default Outcome<AssessmentState> submit() {
        return Outcome.refused("only a DRAFT can be submitted; this assessment is " + status());
    }

    /** Sends an assessment in review back to its authors. */
    default Outcome<AssessmentState> returnToDraft() {
        return Outcome.refused("only an assessment IN_REVIEW can return to DRAFT; this one is " + status());
    }

    /** Approves an assessment in review. */
    default Outcome<AssessmentState> approve(String approver, Instant at) {
        return Outcome.refused("only an assessment IN_REVIEW can be approved; this one is " + status());
    }

    /** Marks an approved assessment as replaced by a newer one. */
    default Outcome<AssessmentState> supersede() {
        return Outcome.refused("only an APPROVED assessment can be superseded; this one is " + status());
    }

    /** The state for a stored status and approval; refuses an approval that does not match the status. */
    static AssessmentState of(AssessmentStatus status, Optional<String> approvedBy, Optional<Instant> approvedAt) {
        Require.nonNull(status, "status");
        boolean approved = status == AssessmentStatus.APPROVED || status == AssessmentStatus.SUPERSEDED;
        Require.that(approved == approvedAt.isPresent(), "approvedAt",
                "must be set exactly when the assessment has been approved");
        Require.that(approved == approvedBy.isPresent(), "approvedBy",
                "must be set exactly when the assessment has been approved");
        return switch (status) {
            case DRAFT -> new Draft();
            case IN_REVIEW -> new InReview();
            case APPROVED -> new Approved(approvedBy.get(), approvedAt.get());
            case SUPERSEDED -> new Superseded(approvedBy.get(), approvedAt.get());
        };
    }

    /** Being written; the only state in which it may change. */
    record Draft() implements AssessmentState {
        @Override
        public AssessmentStatus status() {
            return AssessmentStatus.DRAFT;
        }

        @Override
        public Outcome<AssessmentState> submit() {
            return Outcome.done(new InReview());
        }
    }

    /** Submitted for approval. */
    record InReview() implements AssessmentState {
        @Override
        public AssessmentStatus status() {
            return AssessmentStatus.IN_REVIEW;
        }

        @Override
        public Outcome<AssessmentState> returnToDraft() {
            return Outcome.done(new Draft());
        }

        @Override
        public Outcome<AssessmentState> approve(String approver, Instant at) {
            return Outcome.done(new Approved(approver, at));
        }
    }

    /** In force until its review date, or until superseded. */
    record Approved(String by, Instant at) implements AssessmentState {
        public Approved {
            Require.nonNull(by, "approvedBy");
            Require.nonNull(at, "approvedAt");
        }

        @Override
        public AssessmentStatus status() {
            return AssessmentStatus.APPROVED;
        }

        @Override
        public Outcome<AssessmentState> supersede() {
            return Outcome.done(new Superseded(by, at));
        }
    }

    /** Replaced by a newer assessment; kept as a record, with the approval it had. */
    record Superseded(String approvedBy, Instant approvedAt) implements AssessmentState {
        public Superseded {
            Require.nonNull(approvedBy, "approvedBy");
            Require.nonNull(approvedAt, "approvedAt");
        }

        @Override
        public AssessmentStatus status() {
            return AssessmentStatus.SUPERSEDED;
        }
    }
}
