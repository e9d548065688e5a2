package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A periodic performance review of a contract for a period (both days included): the performance
 * issues of the period with the deductions they carried, the inspections of the period with their
 * results, the total deducted, the vendor's response, and the officer's extension decision with
 * its reasons, by whom and when.
 */
public record PerformanceReview(PerformanceReviewId id, OfficeId office, long version, GuardContractId contract,
                                LocalDate from, LocalDate to, List<PerformanceReviewIssue> issues,
                                List<PerformanceReviewInspection> inspections, BigDecimal deducted,
                                Optional<String> vendorResponse, ExtensionDecision decision, List<String> reasons,
                                String reviewer, Instant reviewedAt)
        implements Versioned<PerformanceReviewId, PerformanceReview> {
    /** The longest period of one review, in days. */
    public static final int MAX_DAYS = 366;
    /** The most reasons of one decision. */
    public static final int MAX_REASONS = 50;

    public PerformanceReview {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contract, "contract");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(!to.isBefore(from), "to", "must not be before from");
        Require.that(!to.isAfter(from.plusDays(MAX_DAYS - 1)), "to", "must be at most " + MAX_DAYS + " days after from");
        issues = Require.noNulls(issues, "issues");
        inspections = Require.noNulls(inspections, "inspections");
        Require.nonNull(deducted, "deducted");
        vendorResponse = Require.nonNull(vendorResponse, "vendorResponse")
                .map(r -> Require.text(r, "vendorResponse", 10_000));
        Require.nonNull(decision, "decision");
        reasons = Require.noNulls(reasons, "reasons").stream().map(r -> Require.text(r, "reasons", 2000)).toList();
        Require.that(reasons.size() <= MAX_REASONS, "reasons", "must be at most " + MAX_REASONS);
        Require.that(decision == ExtensionDecision.UNDECIDED || !reasons.isEmpty(), "reasons",
                "must give at least one reason for a decision to extend or not");
        reviewer = Require.text(reviewer, "reviewer", 200);
        Require.nonNull(reviewedAt, "reviewedAt");
    }

    @Override
    public PerformanceReview withVersion(long newVersion) {
        return new PerformanceReview(id, office, newVersion, contract, from, to, issues, inspections, deducted,
                vendorResponse, decision, reasons, reviewer, reviewedAt);
    }

    /** The review with the vendor's response. */
    public PerformanceReview responded(String response) {
        return new PerformanceReview(id, office, version, contract, from, to, issues, inspections, deducted,
                Optional.of(response), decision, reasons, reviewer, reviewedAt);
    }

    /**
     * The contract's issues dated within the period, each with its occurrence within its rule's
     * window (counted over all the contract's issues, as certification counts them) and the step's
     * amount rounded half-up to the currency's minor unit; earliest first, ties by id.
     */
    public static List<PerformanceReviewIssue> issues(GuardContract contract, List<PerformanceIssue> all,
                                                      LocalDate from, LocalDate to) {
        int digits = Math.max(contract.currency().getDefaultFractionDigits(), 0);
        List<PerformanceReviewIssue> found = new ArrayList<>();
        all.stream().filter(i -> i.contract().equals(contract.id()) && !i.date().isBefore(from) && !i.date().isAfter(to))
                .sorted(Comparator.comparing(PerformanceIssue::date).thenComparing(i -> i.id().toString()))
                .forEach(issue -> {
                    Optional<DeductionRule> rule = contract.rule(issue.type());
                    int occurrence = InvoiceCertification.occurrence(issue, all,
                            rule.map(DeductionRule::windowMonths).orElse(12));
                    Optional<DeductionStep> step = rule.map(r -> r.step(occurrence));
                    BigDecimal amount = step.map(DeductionStep::amount).orElse(BigDecimal.ZERO)
                            .setScale(digits, RoundingMode.HALF_UP);
                    found.add(new PerformanceReviewIssue(issue.id(), issue.type(), issue.post(), issue.date(),
                            issue.hours(), occurrence, amount, step.map(DeductionStep::removal).orElse(false)));
                });
        return List.copyOf(found);
    }

    /** The contract's inspections within the period with their results, earliest first, ties by id. */
    public static List<PerformanceReviewInspection> inspections(GuardContract contract, List<Inspection> all,
                                                                LocalDate from, LocalDate to) {
        return all.stream().filter(i -> i.contract().equals(contract.id()) && !i.at().toLocalDate().isBefore(from)
                        && !i.at().toLocalDate().isAfter(to))
                .sorted(Comparator.comparing(Inspection::at).thenComparing(i -> i.id().toString()))
                .map(i -> new PerformanceReviewInspection(i.id(), i.site(), i.at(),
                        (int) i.checklist().stream().filter(ChecklistResult::passed).count(),
                        i.checklist().stream().filter(c -> !c.passed()).map(ChecklistResult::item).toList(),
                        i.findings().size()))
                .toList();
    }

    /** The sum of the gathered issues' deductions. */
    public static BigDecimal deducted(List<PerformanceReviewIssue> issues) {
        return issues.stream().map(PerformanceReviewIssue::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The day the contract's next review falls due: {@code reviewEveryDays} after the end of the
     * latest period reviewed, or after the contract's start when it was never reviewed.
     */
    public static LocalDate due(GuardContract contract, Optional<LocalDate> lastReviewedTo) {
        return lastReviewedTo.orElse(contract.start()).plusDays(contract.reviewEveryDays());
    }
}
