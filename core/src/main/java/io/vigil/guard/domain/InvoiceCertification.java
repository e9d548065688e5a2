package io.vigil.guard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Certification of a guard-force invoice from the evidence, line by line, in exact decimals.
 *
 * <p>For each post and day of the period: the scheduled guard hours are its windows opening that
 * day × guards per shift; the unfilled hours are those of the day's issues that unfill the post
 * (absence, late relief, an abandoned post) plus those the roster shows stood by a guard without a
 * required qualification valid that day, at most the scheduled hours; the payable hours are the
 * rest. The amount is the payable hours × the hourly rate, × the holiday multiplier on a public
 * holiday of the contract's country. Liquidated damages are due for a day whose payable hours fall
 * below the threshold share of its scheduled hours: the factor × rate × the unfilled hours. The
 * penalty of each issue in the period is the step of the deduction schedule for its occurrence
 * among issues of its type within the rolling window. Each line's amount, each damage and each
 * penalty is rounded half-up to the currency's minor unit; the deductions taken from a line are
 * at most its amount; the payable total is the sum of the lines less the deductions taken.
 */
public final class InvoiceCertification {
    /** The most notes kept for one line. */
    public static final int MAX_NOTES = 100;

    private InvoiceCertification() {
    }

    /**
     * Checks an invoice.
     *
     * @param issues the contract's performance issues up to the end of the invoice's period (earlier
     *               ones count towards occurrences)
     */
    public static CertificationReport check(GuardContract contract, Optional<LabourStandards> standards,
                                            Optional<Roster> roster, List<PerformanceIssue> issues, Invoice invoice) {
        int digits = contract.currency().getDefaultFractionDigits();
        List<ExpectedLine> expected = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        List<LineDifference> differences = new ArrayList<>();
        List<PerformanceIssue> ofContract = issues.stream().filter(i -> i.contract().equals(contract.id()))
                .sorted(Comparator.comparing(PerformanceIssue::date).thenComparing(i -> i.id().toString())).toList();
        for (Post post : contract.posts()) {
            List<Deduction> ofPost = new ArrayList<>();
            ExpectedLine line = expectedLine(contract, post, standards, roster, ofContract, invoice, digits, ofPost);
            ofPost.addAll(penalties(contract, post, ofContract, invoice, digits));
            BigDecimal all = ofPost.stream().map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal taken = all.min(line.amount());
            line = new ExpectedLine(line.post(), line.scheduledHours(), line.unfilledHours(), line.hours(),
                    line.holidayHours(), line.amount(), taken, line.amount().subtract(taken), line.notes());
            expected.add(line);
            deductions.addAll(ofPost);
            compare(contract, line, invoice.line(post.code())).ifPresent(differences::add);
        }
        for (InvoiceLine l : invoice.lines()) {
            if (contract.post(l.post()).isEmpty()) {
                differences.add(new LineDifference(l.post(), Optional.empty(), Optional.empty(),
                        Optional.of(l.hours()), Optional.of(l.amount()), List.of("not a post of contract "
                        + contract.reference())));
            }
        }
        BigDecimal gross = expected.stream().map(ExpectedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal taken = expected.stream().map(ExpectedLine::deducted).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> blockers = new ArrayList<>();
        List<LabourViolation> violations = new ArrayList<>();
        if (roster.isEmpty()) {
            blockers.add("no roster is attached to invoice " + invoice.number());
        } else if (roster.get().from().isAfter(invoice.from()) || roster.get().to().isBefore(invoice.to())) {
            blockers.add("the roster attached covers " + roster.get().from() + " to " + roster.get().to()
                    + ", not the invoice's period " + invoice.from() + " to " + invoice.to());
        }
        if (standards.isEmpty()) {
            blockers.add("no labour standards are recorded for country " + contract.country()
                    + ", so the roster cannot be checked");
        } else {
            roster.ifPresent(r -> violations.addAll(new LabourCheck(standards.get()).violations(r)));
            violations.addAll(wages(contract, standards.get(), invoice, digits));
        }
        return new CertificationReport(expected, differences, deductions, gross, taken, gross.subtract(taken),
                violations, blockers);
    }

    private static ExpectedLine expectedLine(GuardContract contract, Post post, Optional<LabourStandards> standards,
                                             Optional<Roster> roster, List<PerformanceIssue> issues, Invoice invoice,
                                             int digits, List<Deduction> damages) {
        BigDecimal scheduledAll = BigDecimal.ZERO;
        BigDecimal unfilledAll = BigDecimal.ZERO;
        BigDecimal holidayAll = BigDecimal.ZERO;
        BigDecimal exact = BigDecimal.ZERO;
        List<String> notes = new ArrayList<>();
        CertificationTerms terms = contract.terms();
        for (LocalDate day = invoice.from(); !day.isAfter(invoice.to()); day = day.plusDays(1)) {
            BigDecimal scheduled = post.scheduledHours(day.getDayOfWeek());
            if (scheduled.signum() == 0) {
                continue;
            }
            BigDecimal unfilled = BigDecimal.ZERO;
            for (PerformanceIssue i : issues) {
                if (i.type().unfills() && i.post().equals(post.code()) && i.date().equals(day)
                        && i.hours().signum() > 0) {
                    unfilled = unfilled.add(i.hours());
                    notes.add(Hours.text(i.hours()) + " h unfilled on " + day + " (" + label(i.type()) + ", "
                            + i.evidence() + ")");
                }
            }
            for (Shift s : roster.map(Roster::shifts).orElse(List.of())) {
                if (s.post().equals(post.code()) && s.day().equals(day)) {
                    Optional<String> lapsed = lapsed(post, roster.get().guard(s.badge()).orElseThrow(), day);
                    if (lapsed.isPresent()) {
                        unfilled = unfilled.add(s.hours());
                        notes.add(Hours.text(s.hours()) + " h on " + day + " stood by guard " + s.badge()
                                + " without a valid " + lapsed.get() + ", counted as unfilled");
                    }
                }
            }
            unfilled = unfilled.min(scheduled);
            BigDecimal payable = scheduled.subtract(unfilled);
            LocalDate today = day;
            Optional<PublicHoliday> holiday = standards.flatMap(s -> s.holiday(today));
            if (holiday.isPresent()) {
                holidayAll = holidayAll.add(payable);
                exact = exact.add(payable.multiply(post.hourlyRate()).multiply(post.holidayMultiplier()));
                notes.add(day + " is a public holiday (" + holiday.get().name() + "): " + Hours.text(payable)
                        + " h at " + post.holidayMultiplier().toPlainString() + " × " + post.hourlyRate().toPlainString());
            } else {
                exact = exact.add(payable.multiply(post.hourlyRate()));
            }
            if (unfilled.signum() > 0 && payable.compareTo(scheduled.multiply(terms.damagesThreshold())) < 0) {
                BigDecimal amount = round(terms.damagesFactor().multiply(post.hourlyRate()).multiply(unfilled), digits);
                damages.add(new Deduction(post.code(), day, Deduction.Kind.LIQUIDATED_DAMAGES, amount,
                        "payable " + Hours.text(payable) + " h of " + Hours.text(scheduled) + " h scheduled on " + day
                                + ", below " + percent(terms.damagesThreshold()) + ": "
                                + terms.damagesFactor().toPlainString() + " × " + post.hourlyRate().toPlainString()
                                + " × " + Hours.text(unfilled) + " h unfilled", Optional.empty(), false));
            }
            scheduledAll = scheduledAll.add(scheduled);
            unfilledAll = unfilledAll.add(unfilled);
        }
        BigDecimal hours = scheduledAll.subtract(unfilledAll);
        BigDecimal amount = round(exact, digits);
        List<String> kept = notes.size() > MAX_NOTES ? notes.subList(0, MAX_NOTES) : notes;
        return new ExpectedLine(post.code(), scheduledAll, unfilledAll, hours, holidayAll, amount, BigDecimal.ZERO,
                amount, kept);
    }

    /** The first required qualification the guard does not hold valid on that day, with why. */
    private static Optional<String> lapsed(Post post, Guard guard, LocalDate day) {
        for (String q : post.qualifications()) {
            if (!guard.qualifiedOn(q, day)) {
                return Optional.of(q + guard.qualification(q).map(held -> " (expired " + held.expires() + ")")
                        .orElse(" (not held)"));
            }
        }
        return Optional.empty();
    }

    private static List<Deduction> penalties(GuardContract contract, Post post, List<PerformanceIssue> issues,
                                             Invoice invoice, int digits) {
        List<Deduction> found = new ArrayList<>();
        for (PerformanceIssue issue : issues) {
            if (!issue.post().equals(post.code()) || issue.date().isBefore(invoice.from())
                    || issue.date().isAfter(invoice.to())) {
                continue;
            }
            Optional<DeductionRule> rule = contract.rule(issue.type());
            if (rule.isEmpty()) {
                continue;
            }
            int occurrence = occurrence(issue, issues, rule.get().windowMonths());
            DeductionStep step = rule.get().step(occurrence);
            if (step.amount().signum() == 0 && !step.removal()) {
                continue;
            }
            found.add(new Deduction(post.code(), issue.date(), Deduction.Kind.PENALTY, round(step.amount(), digits),
                    label(issue.type()) + " on " + issue.date() + ", occurrence " + occurrence + " within "
                            + rule.get().windowMonths() + " months: " + step.note() + " (" + issue.evidence() + ")",
                    Optional.of(issue.id()), step.removal()));
        }
        return found;
    }

    /**
     * The issue's occurrence among the contract's issues of its type within the window that ends on
     * its day: 1 + those on an earlier day after the window's start, or on the same day with a
     * smaller id.
     */
    public static int occurrence(PerformanceIssue issue, List<PerformanceIssue> issues, int windowMonths) {
        LocalDate windowStart = issue.date().minusMonths(windowMonths);
        int earlier = 0;
        for (PerformanceIssue other : issues) {
            if (other.type() != issue.type() || !other.contract().equals(issue.contract()) || other.id().equals(issue.id())) {
                continue;
            }
            boolean before = other.date().isBefore(issue.date()) || (other.date().equals(issue.date())
                    && other.id().toString().compareTo(issue.id().toString()) < 0);
            if (before && other.date().isAfter(windowStart)) {
                earlier++;
            }
        }
        return earlier + 1;
    }

    private static Optional<LineDifference> compare(GuardContract contract, ExpectedLine line,
                                                    Optional<InvoiceLine> invoiced) {
        if (invoiced.isEmpty()) {
            if (line.hours().signum() == 0 && line.amount().signum() == 0) {
                return Optional.empty();
            }
            List<String> reasons = new ArrayList<>(List.of("the invoice has no line for this post"));
            reasons.addAll(line.notes());
            return Optional.of(new LineDifference(line.post(), Optional.of(line.hours()), Optional.of(line.amount()),
                    Optional.empty(), Optional.empty(), reasons));
        }
        InvoiceLine l = invoiced.get();
        BigDecimal hoursOff = l.hours().subtract(line.hours());
        BigDecimal amountOff = l.amount().subtract(line.amount());
        boolean hoursMatch = hoursOff.signum() == 0;
        boolean amountMatches = amountOff.abs().compareTo(contract.terms().lineTolerance()) <= 0;
        if (hoursMatch && amountMatches) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        if (!hoursMatch) {
            reasons.add(Hours.text(hoursOff.abs()) + " h " + (hoursOff.signum() > 0 ? "more" : "fewer")
                    + " than the " + Hours.text(line.hours()) + " h payable (" + Hours.text(line.scheduledHours())
                    + " h scheduled, " + Hours.text(line.unfilledHours()) + " h unfilled)");
        }
        if (!amountMatches) {
            reasons.add("amount " + (amountOff.signum() > 0 ? "over" : "under") + " by " + amountOff.abs().toPlainString()
                    + " " + contract.currency().getCurrencyCode() + (contract.terms().lineTolerance().signum() > 0
                    ? " (tolerance " + contract.terms().lineTolerance().toPlainString() + ")" : ""));
        }
        reasons.addAll(line.notes());
        return Optional.of(new LineDifference(line.post(), Optional.of(line.hours()), Optional.of(line.amount()),
                Optional.of(l.hours()), Optional.of(l.amount()), reasons));
    }

    private static List<LabourViolation> wages(GuardContract contract, LabourStandards standards, Invoice invoice,
                                               int digits) {
        List<LabourViolation> found = new ArrayList<>();
        Optional<MinimumWage> wage = standards.wageOn(invoice.from())
                .filter(w -> w.currency().equals(contract.currency()));
        if (wage.isEmpty()) {
            return found;
        }
        BigDecimal day = standards.maxDayShiftHours().orElse(BigDecimal.valueOf(8));
        for (Post post : contract.posts()) {
            BigDecimal daily = round(post.hourlyRate().multiply(day), digits);
            if (daily.compareTo(wage.get().daily()) < 0) {
                found.add(LabourViolation.of("MINIMUM_WAGE", "post " + post.code(), invoice.from(), invoice.to(),
                        "rate " + post.hourlyRate().toPlainString() + " × " + Hours.text(day) + " h = "
                                + daily.toPlainString() + " " + contract.currency().getCurrencyCode()
                                + " a day, below the minimum daily wage of " + wage.get().daily().toPlainString() + " "
                                + wage.get().currency().getCurrencyCode() + " in force since "
                                + wage.get().effective() + " (" + wage.get().zone() + ")"));
            }
        }
        return found;
    }

    /** Rounds half-up to the currency's minor unit. */
    public static BigDecimal round(BigDecimal amount, int digits) {
        return amount.setScale(digits, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    private static String label(IssueType type) {
        return type.name().toLowerCase().replace('_', ' ');
    }
}
