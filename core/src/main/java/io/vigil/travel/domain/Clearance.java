package io.vigil.travel.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A travel clearance: the trip requested, who submitted it, where it stands, every decision the
 * rules made (the first on submission, then each re-decision that changed the outcome) and every
 * decision a person made. Nothing is ever dropped but the middle of a long history: when it holds
 * {@link #MAX_DECISIONS}, the oldest re-decision after the first goes.
 */
public record Clearance(ClearanceId id, OfficeId office, long version, Trip trip, String submittedBy,
                        ClearanceStatus status, List<Decision> decisions, List<ManualDecision> manual)
        implements Versioned<ClearanceId, Clearance> {
    /** The most rules decisions kept. */
    public static final int MAX_DECISIONS = 50;
    /** The most manual decisions one clearance takes. */
    public static final int MAX_MANUAL = 20;

    public Clearance {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(trip, "trip");
        submittedBy = Require.text(submittedBy, "submittedBy", 200);
        Require.nonNull(status, "status");
        decisions = Require.noNulls(decisions, "decisions");
        Require.that(!decisions.isEmpty() && decisions.size() <= MAX_DECISIONS, "decisions",
                "must hold 1 to " + MAX_DECISIONS + " decisions");
        manual = Require.noNulls(manual, "manual");
        Require.that(manual.size() <= MAX_MANUAL, "manual", "must hold at most " + MAX_MANUAL + " decisions");
    }

    /** A new clearance, as the rules decided it on submission. */
    public static Clearance submitted(ClearanceId id, OfficeId office, Trip trip, String by, Decision decision) {
        return new Clearance(id, office, 0, trip, by, statusOf(decision), List.of(decision), List.of());
    }

    /** The status the rules give on their own. */
    static ClearanceStatus statusOf(Decision d) {
        return switch (d.verdict()) {
            case AUTO_APPROVED -> ClearanceStatus.AUTO_APPROVED;
            case DENIED -> ClearanceStatus.DENIED;
            case NEEDS_APPROVAL -> ClearanceStatus.PENDING;
        };
    }

    /** The rules' latest decision. */
    public Decision latest() {
        return decisions.get(decisions.size() - 1);
    }

    /** Whether the person is one of the travellers. */
    public boolean travelling(PersonId person) {
        return trip.travellers().contains(person);
    }

    /** When a person first decided, if one has. */
    public Optional<Instant> firstManualAt() {
        return manual.stream().filter(m -> m.action() != ManualDecision.Action.ESCALATED).map(ManualDecision::at)
                .findFirst();
    }

    /**
     * Whether the rules still decide it when its inputs change: a cleared or open clearance, or one
     * the rules alone denied (a waiver or a new completion may reopen it); not one a person decided
     * to deny, nor a revoked one.
     */
    public boolean redecidable() {
        return status.live() || status == ClearanceStatus.DENIED && manual.isEmpty();
    }

    /**
     * The clearance after the rules decided again. Nothing changes when they say the same. Otherwise
     * the decision is recorded, and: a denial revokes a cleared trip (and closes an open one); a
     * clearance the rules now approve alone becomes auto-approved unless a person decided it; one that
     * now needs approval goes back to pending unless a person approved it at or above that level. A
     * clearance the rules alone denied counts as open.
     */
    public Clearance redecided(Decision next) {
        if (latest().sameAs(next)) {
            return this;
        }
        boolean open = status.open() || status == ClearanceStatus.DENIED && manual.isEmpty();
        List<Decision> kept = new ArrayList<>(decisions);
        if (kept.size() >= MAX_DECISIONS) {
            kept.remove(1);
        }
        kept.add(next);
        ClearanceStatus after = switch (next.verdict()) {
            case DENIED -> status.cleared() ? ClearanceStatus.REVOKED : open ? ClearanceStatus.DENIED : status;
            case AUTO_APPROVED -> open || status == ClearanceStatus.AUTO_APPROVED ? ClearanceStatus.AUTO_APPROVED
                    : status;
            case NEEDS_APPROVAL -> status == ClearanceStatus.APPROVED && approvedAtLeast(next.level().orElseThrow())
                    ? ClearanceStatus.APPROVED
                    : status == ClearanceStatus.AUTO_APPROVED || open ? ClearanceStatus.PENDING : status;
        };
        return new Clearance(id, office, version, trip, submittedBy, after, kept, manual);
    }

    private boolean approvedAtLeast(ApprovalLevel level) {
        return manual.stream().filter(m -> m.action() == ManualDecision.Action.APPROVED).reduce((a, b) -> b)
                .flatMap(ManualDecision::level).map(l -> l.compareTo(level) >= 0).orElse(false);
    }

    /** The clearance with a person's decision and the status it leads to. */
    public Clearance decidedBy(ManualDecision decision, ClearanceStatus next) {
        Require.that(manual.size() < MAX_MANUAL, "manual", "the clearance already holds " + MAX_MANUAL + " decisions");
        List<ManualDecision> all = new ArrayList<>(manual);
        all.add(decision);
        return new Clearance(id, office, version, trip, submittedBy, next, decisions, all);
    }

    @Override
    public Clearance withVersion(long newVersion) {
        return new Clearance(id, office, newVersion, trip, submittedBy, status, decisions, manual);
    }
}
