package io.vigil.examples.console;

import io.vigil.guard.domain.CertificationReport;
import io.vigil.guard.domain.ExpectedLine;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.Invoice;
import io.vigil.guard.domain.InvoiceId;
import io.vigil.guard.domain.InvoiceLine;
import io.vigil.guard.domain.PerformanceReview;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.in.InspectionDue;
import io.vigil.guard.port.in.PerformanceReviewDue;
import io.vigil.kernel.paging.PageRequest;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Guard force: the contracts with their posts, the invoices, inspections and performance reviews
 * (overdue reviews marked); a contract with its posts, its sites' next inspections and its
 * reviews; an invoice's certification: each post's invoiced hours and amount against what the
 * evidence supports, every difference with its reasons, the deductions, the labour-standard
 * violations and what blocks certifying. A vendor sees only its own contracts' invoices and
 * reviews (the core narrows its reads), and no contract, inspection or overdue list.
 */
public final class GuardScreen implements Screen {
    /** The most invoices, inspections and reviews listed on the overview. */
    static final int MAX_LISTED = 100;

    private final GuardUseCases guard;

    GuardScreen(GuardUseCases guard) {
        this.guard = guard;
    }

    /** The overview's model. */
    public record Overview(Frame frame, Shown<List<GuardContract>> contracts, Shown<List<Invoice>> invoices,
                           Shown<List<Inspection>> inspections, Shown<List<Review>> reviews,
                           Shown<List<PerformanceReviewDue>> overdue, Map<UUID, String> references) {
        /** A contract's reference, or its id when the viewer may not read the contract. */
        public String reference(UUID contract) {
            return references.getOrDefault(contract, "contract " + contract.toString().substring(0, 8));
        }
    }

    /** A review and whether its contract's next review is overdue. */
    public record Review(PerformanceReview review, boolean overdue) {
    }

    /** A contract's model: it, its sites' next inspections, its reviews and whether the next one is overdue. */
    public record ContractPage(Frame frame, GuardContract contract, Shown<List<InspectionDue>> inspections,
                               Shown<List<PerformanceReview>> reviews, Shown<Optional<PerformanceReviewDue>> overdue) {
    }

    /** An invoice's certification: it, each post's line invoiced against expected, the report, the contract's reference. */
    public record Certification(Frame frame, Invoice invoice, String contract, List<Line> lines,
                                CertificationReport report) {
    }

    /**
     * One post of an invoice: what was invoiced, what the evidence supports (none when the post is
     * not on the contract), and the differences invoiced less expected (zero when they agree).
     */
    public record Line(String post, Optional<BigDecimal> invoicedHours, Optional<BigDecimal> invoicedAmount,
                       Optional<ExpectedLine> expected, Optional<BigDecimal> hoursDifference,
                       Optional<BigDecimal> amountDifference, List<String> reasons) {
        /** Whether invoiced and expected differ on this post. */
        public boolean differs() {
            return !reasons.isEmpty() || hoursDifference.map(d -> d.signum() != 0).orElse(true)
                    || amountDifference.map(d -> d.signum() != 0).orElse(true);
        }
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("guard", "Guard force", Console.PREFIX + "/guard"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/guard", r -> {
            LocalDate today = CrisisScreen.today(r.now());
            Shown<List<GuardContract>> contracts = Shown.of("Contracts", () -> guard.contracts()
                    .list(r.actor(), PageRequest.first(MAX_LISTED)).items());
            Shown<List<PerformanceReviewDue>> overdue = Shown.of("Reviews overdue", () -> guard.reviews()
                    .overdue(r.actor(), today));
            Set<UUID> late = overdue.value().orElse(List.of()).stream().map(PerformanceReviewDue::contract)
                    .collect(Collectors.toSet());
            Shown<List<Review>> reviews = Shown.of("Performance reviews", () -> guard.reviews()
                    .list(r.actor(), PageRequest.first(MAX_LISTED)).items().stream()
                    .map(v -> new Review(v, late.contains(v.contract().value()))).toList());
            Map<UUID, String> references = contracts.value().orElse(List.of()).stream().collect(Collectors.toMap(
                    c -> c.id().value(), GuardContract::reference));
            return r.render("guard/overview.jte", new Overview(r.frame(r.t("title.guard-force"), "guard"), contracts,
                    Shown.of("Invoices", () -> guard.invoices().list(r.actor(), PageRequest.first(MAX_LISTED)).items()),
                    Shown.of("Inspections", () -> guard.inspections().list(r.actor(), PageRequest.first(MAX_LISTED))
                            .items()), reviews, overdue, references));
        });
        routes.page("/guard/contracts/{id}", r -> {
            Fields f = new Fields();
            Optional<GuardContractId> id = f.id("id", r.path("id"), GuardContractId::of);
            f.check();
            GuardContract c = guard.contracts().get(r.actor(), id.orElseThrow());
            LocalDate today = CrisisScreen.today(r.now());
            return r.render("guard/contract.jte", new ContractPage(r.frame(c.reference(), "guard"), c,
                    Shown.of("Inspections", () -> guard.inspections().schedule(r.actor(), c.id(), today)),
                    Shown.of("Performance reviews", () -> guard.reviews().list(r.actor(),
                            PageRequest.first(MAX_LISTED)).items().stream().filter(v -> v.contract().equals(c.id()))
                            .toList()),
                    Shown.of("Reviews overdue", () -> guard.reviews().overdue(r.actor(), today).stream()
                            .filter(d -> d.contract().equals(c.id().value())).findFirst())));
        });
        routes.page("/guard/invoices/{id}", r -> {
            Fields f = new Fields();
            Optional<InvoiceId> id = f.id("id", r.path("id"), InvoiceId::of);
            f.check();
            Invoice invoice = guard.invoices().get(r.actor(), id.orElseThrow());
            CertificationReport report = guard.invoices().check(r.actor(), invoice.id());
            String contract = Shown.of("Contract", () -> guard.contracts().get(r.actor(), invoice.contract())
                    .reference()).value().orElse("contract " + invoice.contract().value().toString().substring(0, 8));
            return r.render("guard/invoice.jte", new Certification(r.frame(r.labels().t("title.invoice", invoice.number()), "guard"),
                    invoice, contract, lines(invoice, report), report));
        });
    }

    /** Each post invoiced or expected, in the invoice's order then the contract's, with the differences. */
    static List<Line> lines(Invoice invoice, CertificationReport report) {
        Map<String, InvoiceLine> invoiced = invoice.lines().stream().collect(Collectors.toMap(InvoiceLine::post,
                Function.identity()));
        Map<String, ExpectedLine> expected = report.expected().stream().collect(Collectors.toMap(ExpectedLine::post,
                Function.identity()));
        List<String> posts = new ArrayList<>(invoice.lines().stream().map(InvoiceLine::post).toList());
        report.expected().stream().map(ExpectedLine::post).filter(p -> !posts.contains(p)).forEach(posts::add);
        List<Line> lines = new ArrayList<>();
        for (String post : posts) {
            Optional<InvoiceLine> in = Optional.ofNullable(invoiced.get(post));
            Optional<ExpectedLine> ex = Optional.ofNullable(expected.get(post));
            List<String> reasons = report.differences().stream().filter(d -> d.post().equals(post))
                    .flatMap(d -> d.reasons().stream()).toList();
            lines.add(new Line(post, in.map(InvoiceLine::hours), in.map(InvoiceLine::amount), ex,
                    in.flatMap(i -> ex.map(e -> i.hours().subtract(e.hours()))),
                    in.flatMap(i -> ex.map(e -> i.amount().subtract(e.amount()))), reasons));
        }
        return lines;
    }

    /** An amount as {@code 47,120.00}: grouped by thousands, two decimals (more when it has more). */
    public static String amount(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** A difference as {@code +1,550.00} or {@code -2.00}: signed, zero as {@code 0.00}. */
    public static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + amount(value);
    }

    /** Hours as {@code 480.5}: grouped by thousands, up to two decimals. */
    public static String hours(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    /** Hours difference, signed: {@code +15.5}, {@code -2}, {@code 0}. */
    public static String signedHours(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + hours(value);
    }
}
