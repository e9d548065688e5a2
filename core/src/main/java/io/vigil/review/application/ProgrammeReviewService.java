package io.vigil.review.application;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewData;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.in.ProgrammeReviewUseCase;
import io.vigil.review.port.out.ReviewSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the period and the actor's access, reads every source as the office's review reader, and
 * withholds the findings from an actor without {@link ReviewData#REVIEW_DETAILS}. The period carries the
 * office's zone (from its profile; UTC while it has none), so the sections count local days and months.
 */
final class ProgrammeReviewService implements ProgrammeReviewUseCase {
    private static final String TYPE = "programme-review";
    private final List<ReviewSource> sources;
    private final AccessGuard guard;
    private final Clock clock;
    private final ManageOfficesUseCase offices;

    ProgrammeReviewService(List<ReviewSource> sources, ManageOfficesUseCase offices, Kernel kernel) {
        this.sources = List.copyOf(sources);
        this.offices = offices;
        this.guard = kernel.guard();
        this.clock = kernel.clock();
    }

    @Override
    public ProgrammeReview review(Actor actor, Instant from, Instant to, Instant asOf) {
        ReviewPeriod period = period(from, to, asOf, offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC));
        String id = from + "/" + to + "@" + asOf;
        guard.requireQuietly(actor, Operation.READ, ReviewData.REVIEW_FIGURES, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, id);
        AccessDecision details = guard.check(actor, Operation.READ, ReviewData.REVIEW_DETAILS,
                AccessTarget.office(actor.office()));
        Actor reader = reader(actor);
        List<ReviewSection> sections = new ArrayList<>();
        for (ReviewSource source : sources) {
            ReviewSection s = source.section(reader, period);
            sections.add(details.granted() ? s : s.withoutFindings());
        }
        if (details.granted()) {
            List<PersonId> named = sections.stream().flatMap(s -> s.findings().stream())
                    .flatMap(f -> f.persons().stream()).distinct().sorted(java.util.Comparator.comparing(
                            PersonId::toString)).toList();
            guard.record(actor, AuditAction.READ, TYPE, id, ReviewData.REVIEW_DETAILS, details, named);
        } else {
            guard.record(actor, AuditAction.READ, TYPE, id, ReviewData.REVIEW_FIGURES,
                    guard.check(actor, Operation.READ, ReviewData.REVIEW_FIGURES, AccessTarget.office(actor.office())),
                    List.of());
        }
        return new ProgrammeReview(actor.office(), period, details.granted(), sections);
    }

    /** The actor the sources read as: the office's review, on behalf of the actor (the contexts audit it so). */
    private static Actor reader(Actor actor) {
        String subject = "programme-review for " + actor.subject();
        return Actor.of(subject.length() > 200 ? subject.substring(0, 200) : subject, actor.office(),
                Role.SECURITY_OFFICER);
    }

    private ReviewPeriod period(Instant from, Instant to, Instant asOf, ZoneId zone) {
        List<FieldViolation> bad = new ArrayList<>();
        if (from == null) {
            bad.add(new FieldViolation("from", "must be given"));
        }
        if (to == null) {
            bad.add(new FieldViolation("to", "must be given"));
        }
        if (asOf == null) {
            bad.add(new FieldViolation("asOf", "must be given"));
        }
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                bad.add(new FieldViolation("to", "must be after from"));
            } else if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
                bad.add(new FieldViolation("to", "must be at most " + MAX_DAYS + " days after from"));
            }
        }
        if (asOf != null && to != null && asOf.isBefore(to)) {
            bad.add(new FieldViolation("asOf", "must not be before to"));
        }
        if (asOf != null && asOf.isAfter(clock.instant())) {
            bad.add(new FieldViolation("asOf", "must not be in the future: a review counts what is on record"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
        return new ReviewPeriod(from, to, asOf, zone);
    }
}
