package io.vigil.crisis.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An office's Crisis Management Plan: its versions (at most one draft, at most one approved, the
 * rest superseded), and the dates of its annual review and annual test. Approving a draft
 * supersedes the version in force and sets the review a year on; it leaves the test where it was
 * (a first approval sets it a year on too). Recording a review or a test sets it a year from then.
 */
public record CrisisPlan(OfficeId id, long version, List<PlanVersion> versions, Optional<Instant> reviewDue,
                         Optional<Instant> testDue, Optional<Instant> lastReviewed, Optional<Instant> lastTested)
        implements Versioned<OfficeId, CrisisPlan> {
    /** The most versions a plan keeps. */
    public static final int MAX_VERSIONS = 50;

    public CrisisPlan {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        versions = Require.noNulls(versions, "versions");
        Require.that(versions.size() <= MAX_VERSIONS, "versions", "must be at most " + MAX_VERSIONS);
        Require.that(versions.stream().filter(v -> v.status() == PlanStatus.DRAFT).count() <= 1, "versions",
                "must have at most one draft");
        Require.that(versions.stream().filter(v -> v.status() == PlanStatus.APPROVED).count() <= 1, "versions",
                "must have at most one approved version");
        for (int i = 0; i < versions.size(); i++) {
            Require.that(versions.get(i).number() == i + 1, "versions", "must be numbered 1, 2, ... in order");
        }
        Require.nonNull(reviewDue, "reviewDue");
        Require.nonNull(testDue, "testDue");
        Require.nonNull(lastReviewed, "lastReviewed");
        Require.nonNull(lastTested, "lastTested");
    }

    /** The plan of an office that has drafted nothing yet (version 0: not stored). */
    public static CrisisPlan empty(OfficeId office) {
        return new CrisisPlan(office, 0, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    @Override
    public OfficeId office() {
        return id;
    }

    /** The version in force, if one was approved. */
    public Optional<PlanVersion> current() {
        return versions.stream().filter(v -> v.status() == PlanStatus.APPROVED).findFirst();
    }

    /** The draft being written, if any. */
    public Optional<PlanVersion> draft() {
        return versions.stream().filter(v -> v.status() == PlanStatus.DRAFT).findFirst();
    }

    /** The plan with this content as its draft: the draft is replaced, or a new version is drafted. */
    public CrisisPlan withDraft(PlanContent content, String by, Instant at) {
        List<PlanVersion> next = new ArrayList<>(versions);
        Optional<PlanVersion> draft = draft();
        if (draft.isPresent()) {
            next.set(draft.get().number() - 1, PlanVersion.draft(draft.get().number(), content, by, at));
        } else {
            if (versions.size() >= MAX_VERSIONS) {
                throw RefusedException.because("the plan already keeps " + MAX_VERSIONS + " versions");
            }
            next.add(PlanVersion.draft(versions.size() + 1, content, by, at));
        }
        return new CrisisPlan(id, version, next, reviewDue, testDue, lastReviewed, lastTested);
    }

    /**
     * The draft approved and in force, the version it replaces superseded; the review falls due a
     * year on, the test stays due when it was (a year on for a first approval).
     */
    public CrisisPlan approve(String by, Instant at) {
        PlanVersion draft = draft().orElseThrow(() -> RefusedException.because("the plan has no draft to approve"));
        List<PlanVersion> next = new ArrayList<>();
        for (PlanVersion v : versions) {
            next.add(v.status() == PlanStatus.APPROVED ? v.superseded(at) : v == draft ? v.approved(by, at) : v);
        }
        Optional<Instant> year = Optional.of(yearAfter(at));
        return new CrisisPlan(id, version, next, year, testDue.or(() -> year), lastReviewed, lastTested);
    }

    /** The plan reviewed at {@code at} without a new version: the next review is due a year on. */
    public CrisisPlan reviewed(Instant at) {
        requireInForce("reviewed");
        return new CrisisPlan(id, version, versions, Optional.of(yearAfter(at)), testDue, Optional.of(at), lastTested);
    }

    /** The plan tested at {@code at} (an exercise of it): the next test is due a year on. */
    public CrisisPlan tested(Instant at) {
        requireInForce("tested");
        return new CrisisPlan(id, version, versions, reviewDue, Optional.of(yearAfter(at)), lastReviewed, Optional.of(at));
    }

    /** The review and the test with their due dates, each overdue once {@code at} is past it. */
    public List<PlanDue> dues(Instant at) {
        List<PlanDue> dues = new ArrayList<>();
        reviewDue.ifPresent(d -> dues.add(new PlanDue(PlanDue.Kind.REVIEW, d, at.isAfter(d))));
        testDue.ifPresent(d -> dues.add(new PlanDue(PlanDue.Kind.TEST, d, at.isAfter(d))));
        return dues;
    }

    /** The instant a calendar year (UTC) after {@code at}. */
    public static Instant yearAfter(Instant at) {
        return at.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    }

    private void requireInForce(String what) {
        if (current().isEmpty()) {
            throw RefusedException.because("no version of the plan is approved yet, so it cannot be " + what);
        }
    }

    @Override
    public CrisisPlan withVersion(long newVersion) {
        return new CrisisPlan(id, newVersion, versions, reviewDue, testDue, lastReviewed, lastTested);
    }
}
