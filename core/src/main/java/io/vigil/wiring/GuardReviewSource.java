package io.vigil.wiring;

import io.vigil.guard.domain.ChecklistResult;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceDecision;
import io.vigil.guard.domain.PerformanceIssue;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.domain.PerformanceReviewIssue;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review's guard-force section, read through the guard context's use cases: the performance
 * issues recorded in the period, those taken up by a performance review made in the period (which
 * is what closes an issue: the review weighs it and its deduction), the inspections held in the
 * period and those that failed a checklist item (an inspection's local time read as UTC), the
 * performance reviews made in the period and the contracts overdue for one on the day of
 * {@code asOf}; and the invoices: submitted in the period, certified and refused in it (the
 * officer's latest decision, made by {@code asOf}), submitted in it and still waiting for a decision
 * at {@code asOf}, and the amount certified in the period in each contract currency (a MONEY figure
 * {@code amountCertified.<ISO 4217 code>}, the certified payable amounts summed; an invoice whose
 * contract was removed since is counted as certified but in no total, and named in the findings).
 */
final class GuardReviewSource implements ReviewSource {
    private final GuardUseCases guard;

    GuardReviewSource(GuardUseCases guard) {
        this.guard = guard;
    }

    @Override
    public String key() {
        return "guardForce";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<Figure> figures = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        List<PerformanceIssue> raised = ReviewSources.bounded(Page.all(page -> guard.issues().list(reader, page))
                .stream().filter(i -> period.covers(i.recordedAt())).toList(), "performance issues");
        List<PerformanceReview> held = ReviewSources.bounded(Page.all(page -> guard.reviews().list(reader, page))
                .stream().filter(r -> period.covers(r.reviewedAt())).toList(), "performance reviews");
        List<String> reviewed = ReviewSources.bounded(held.stream().flatMap(r -> r.issues().stream())
                .map(PerformanceReviewIssue::issue).map(Object::toString).distinct().toList(), "performance issues");
        List<Inspection> inspections = ReviewSources.bounded(Page.all(page -> guard.inspections().list(reader, page))
                .stream().filter(i -> period.covers(i.at().atZone(period.zone()).toInstant())).toList(), "inspections");
        List<Inspection> failed = inspections.stream().filter(i -> i.checklist().stream()
                .anyMatch(c -> !c.passed())).toList();
        // an inspection's time is the office's local date and time already: named with its zone
        failed.forEach(i -> details.add(new Finding(i.id().toString(), "inspection of "
                + period.time(i.at().atZone(period.zone()).toInstant()) + " failed "
                + i.checklist().stream().filter(c -> !c.passed()).map(ChecklistResult::item).map(Object::toString)
                .collect(Collectors.joining(", ")), List.of())));
        List<PerformanceReviewDue> overdue = ReviewSources.bounded(guard.reviews().overdue(reader,
                period.day(period.asOf())), "contracts");
        overdue.forEach(d -> details.add(new Finding(d.contract().toString(), d.reference()
                + ": performance review due " + d.due(), List.of())));
        figures.add(Figure.count("issuesRaised", "Performance issues recorded", raised.stream()
                .map(i -> i.id().toString()).toList()));
        figures.add(Figure.count("issuesReviewed", "Performance issues closed by a performance review", reviewed));
        figures.add(Figure.count("inspectionsDone", "Inspections held", ids(inspections, i -> i.id().toString())));
        figures.add(Figure.count("inspectionsFailed", "Inspections that failed a checklist item",
                ids(failed, i -> i.id().toString())));
        figures.add(Figure.count("performanceReviewsHeld", "Performance reviews made", ids(held,
                r -> r.id().toString())));
        figures.add(Figure.count("performanceReviewsOverdue", "Contracts overdue for a performance review",
                ids(overdue, d -> d.contract().toString())));
        invoices(reader, period, figures, details);
        return new ReviewSection(key(), "Guard force", raised.size() + " issues recorded, " + inspections.size()
                + " inspections (" + failed.size() + " failed), " + overdue.size()
                + " contracts overdue for a performance review, " + figures.stream()
                .filter(f -> f.key().equals("invoicesCertified")).findFirst().orElseThrow().value()
                + " invoices certified", figures, List.of(), details);
    }

    private void invoices(Actor reader, ReviewPeriod period, List<Figure> figures, List<Finding> details) {
        List<Invoice> all = ReviewSources.bounded(Page.all(page -> guard.invoices().list(reader, page)), "invoices");
        List<Invoice> submitted = all.stream().filter(i -> period.covers(i.submittedAt())).toList();
        List<Invoice> certified = all.stream().filter(i -> decidedIn(i, period).filter(InvoiceDecision::certified)
                .isPresent()).toList();
        List<Invoice> refused = all.stream().filter(i -> decidedIn(i, period).filter(d -> !d.certified())
                .isPresent()).toList();
        List<Invoice> waiting = submitted.stream().filter(i -> i.decision().filter(d -> period.recorded(d.at()))
                .isEmpty()).toList();
        refused.forEach(i -> details.add(new Finding(i.id().toString(), "invoice " + i.number() + " refused on "
                + period.time(i.decision().orElseThrow().at()) + ": " + String.join("; ", i.decision().orElseThrow().reasons()
                .stream().limit(5).toList()), List.of())));
        waiting.forEach(i -> details.add(new Finding(i.id().toString(), "invoice " + i.number() + " submitted "
                + period.time(i.submittedAt()) + ", no decision by " + period.time(period.asOf()), List.of())));
        figures.add(Figure.count("invoicesSubmitted", "Invoices submitted", ids(submitted, i -> i.id().toString())));
        figures.add(Figure.count("invoicesCertified", "Invoices certified", ids(certified, i -> i.id().toString())));
        figures.add(Figure.count("invoicesRefused", "Invoices refused certification", ids(refused,
                i -> i.id().toString())));
        figures.add(Figure.count("invoicesWaiting", "Invoices waiting for a decision", ids(waiting,
                i -> i.id().toString())));
        if (certified.isEmpty()) {
            return;
        }
        Map<String, Currency> currencies = Page.all(page -> guard.contracts().list(reader, page)).stream()
                .collect(Collectors.toMap(c -> c.id().toString(), GuardContract::currency, (a, b) -> a));
        Map<String, List<Invoice>> byCurrency = new TreeMap<>();
        for (Invoice i : certified) {
            Optional<Currency> c = Optional.ofNullable(currencies.get(i.contract().toString()));
            if (c.isEmpty()) {
                details.add(new Finding(i.id().toString(), "invoice " + i.number() + " was certified under a contract"
                        + " since removed; its amount is in no currency's total", List.of()));
            } else {
                byCurrency.computeIfAbsent(c.get().getCurrencyCode(), k -> new ArrayList<>()).add(i);
            }
        }
        byCurrency.forEach((code, invoices) -> {
            Currency currency = Currency.getInstance(code);
            BigDecimal total = invoices.stream().map(i -> i.decision().orElseThrow().payable())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!Figure.fits(total, currency)) {
                throw RefusedException.because("the amounts certified in " + code + " in that period exceed what one"
                        + " review adds up; review a shorter period");
            }
            figures.add(Figure.money("amountCertified." + code, "Amount certified in " + code, total, currency,
                    ids(invoices, i -> i.id().toString())));
        });
    }

    /** The invoice's decision, if it was made in the period. */
    private static Optional<InvoiceDecision> decidedIn(Invoice i, ReviewPeriod period) {
        return i.decision().filter(d -> period.covers(d.at()));
    }

    private static <T> List<String> ids(List<T> records, Function<T, String> id) {
        return records.stream().map(id).toList();
    }
}
