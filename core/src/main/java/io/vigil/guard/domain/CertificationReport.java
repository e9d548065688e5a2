package io.vigil.guard.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check of an invoice against the evidence: the expected line of each post, every difference
 * from the invoiced lines, the deductions (liquidated damages and penalties), the gross, deducted
 * and payable totals, the labour-standard violations of the roster, and what else stands in the
 * way of certification ({@code blockers}: no roster attached, no standards recorded, ...).
 */
public record CertificationReport(List<ExpectedLine> expected, List<LineDifference> differences,
                                  List<Deduction> deductions, BigDecimal gross, BigDecimal deducted, BigDecimal payable,
                                  List<LabourViolation> violations, List<String> blockers) {
    public CertificationReport {
        expected = List.copyOf(expected);
        differences = List.copyOf(differences);
        deductions = List.copyOf(deductions);
        violations = List.copyOf(violations);
        blockers = List.copyOf(blockers);
    }

    /** The violations no waiver names. */
    public List<LabourViolation> open(List<ViolationWaiver> waivers) {
        Set<String> waived = waivers.stream().map(ViolationWaiver::violation).collect(Collectors.toSet());
        return violations.stream().filter(v -> !waived.contains(v.key())).toList();
    }

    /** Every reason the invoice cannot be certified with these waivers, as sentences; empty: it can. */
    public List<String> refusals(List<ViolationWaiver> waivers) {
        List<String> reasons = new ArrayList<>();
        differences.forEach(d -> reasons.add(d.sentence()));
        reasons.addAll(blockers);
        open(waivers).forEach(v -> reasons.add("labour standard " + v.rule() + " broken by " + v.who() + " from "
                + v.from() + " to " + v.to() + ": " + v.values() + " (waive " + v.key() + " with a reason to certify)"));
        return reasons;
    }
}
