package io.vigil.risk.domain;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.Words;
import io.vigil.kernel.validation.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The acceptability table: one rule per risk level, from {@code VERY_LOW} up. It is monotone: a
 * higher level never lets a less critical programme proceed, nor asks for a lower approval.
 */
public record AcceptabilityRules(List<AcceptabilityRule> rules) {

    public AcceptabilityRules {
        List<FieldViolation> problems = problems(rules);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.get(0).field(), problems.get(0).message());
        }
        rules = List.copyOf(rules);
    }

    /**
     * The default of docs/domain.md ("Security risk management"): very low and low, PC1–PC4
     * proceed; medium, PC1–PC3; high, PC1–PC2 with the country representative's approval; very
     * high, PC1 only with the executive head's; unacceptable, never.
     */
    public static AcceptabilityRules standard() {
        return new AcceptabilityRules(List.of(
                rule(RiskLevel.VERY_LOW, ProgrammeCriticality.PC4, null),
                rule(RiskLevel.LOW, ProgrammeCriticality.PC4, null),
                rule(RiskLevel.MEDIUM, ProgrammeCriticality.PC3, null),
                rule(RiskLevel.HIGH, ProgrammeCriticality.PC2, ApprovalLevel.COUNTRY_REPRESENTATIVE),
                rule(RiskLevel.VERY_HIGH, ProgrammeCriticality.PC1, ApprovalLevel.EXECUTIVE_HEAD),
                new AcceptabilityRule(RiskLevel.UNACCEPTABLE, Optional.empty(), Optional.empty())));
    }

    private static AcceptabilityRule rule(RiskLevel level, ProgrammeCriticality lowest, ApprovalLevel approval) {
        return new AcceptabilityRule(level, Optional.of(lowest), Optional.ofNullable(approval));
    }

    /** The rule for a level. */
    public AcceptabilityRule at(RiskLevel level) {
        return rules.get(level.ordinal());
    }

    /** The decision for a programme of criticality {@code pc} whose highest residual risk is {@code residual}. */
    public Acceptability decide(RiskLevel residual, ProgrammeCriticality pc, List<String> because) {
        AcceptabilityRule rule = at(residual);
        List<String> reasons = new ArrayList<>(because);
        if (rule.lowestCriticality().isEmpty()) {
            reasons.add("at " + residual + " residual risk no programme may proceed, whatever its criticality; this"
                    + " programme is " + pc);
            return new Acceptability.DoNotProceed(reasons);
        }
        ProgrammeCriticality lowest = rule.lowestCriticality().get();
        String allowed = "at " + residual + " residual risk programmes PC1" + (lowest == ProgrammeCriticality.PC1 ? ""
                : " to " + lowest) + " may proceed";
        if (!pc.atLeast(lowest)) {
            reasons.add(allowed + "; this programme is " + pc);
            return new Acceptability.DoNotProceed(reasons);
        }
        if (rule.approval().isPresent()) {
            reasons.add(allowed + " with approval by the " + Words.of(rule.approval().get()) + "; this programme is " + pc);
            return new Acceptability.ProceedWithApproval(rule.approval().get(), reasons);
        }
        reasons.add(allowed + "; this programme is " + pc);
        return new Acceptability.Proceed(reasons);
    }

    /** Everything that keeps {@code rules} from being a table, each naming the rule; empty if none. */
    public static List<FieldViolation> problems(List<AcceptabilityRule> rules) {
        List<FieldViolation> problems = new ArrayList<>();
        RiskLevel[] levels = RiskLevel.values();
        if (rules == null || rules.size() != levels.length || rules.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldViolation("rules", "must have one rule per risk level, " + levels[0] + " to "
                    + levels[levels.length - 1] + ", in that order"));
            return problems;
        }
        for (int k = 0; k < levels.length; k++) {
            AcceptabilityRule rule = rules.get(k);
            if (rule.level() != levels[k]) {
                problems.add(new FieldViolation("rules[" + k + "].level", "must be " + levels[k] + ", was "
                        + rule.level()));
                continue;
            }
            if (k == 0) {
                continue;
            }
            AcceptabilityRule lower = rules.get(k - 1);
            if (permits(rule) > permits(lower)) {
                problems.add(new FieldViolation("rules[" + k + "].lowestCriticality", "lets more programmes proceed at "
                        + rule.level() + " than at the lower level " + lower.level()));
            }
            if (rule.lowestCriticality().isPresent() && approvalRank(rule) < approvalRank(lower)) {
                problems.add(new FieldViolation("rules[" + k + "].approval", "asks for a lower approval at "
                        + rule.level() + " than at the lower level " + lower.level()));
            }
        }
        return problems;
    }

    /** How many criticalities a rule lets proceed (0 to 4). */
    private static int permits(AcceptabilityRule rule) {
        return rule.lowestCriticality().map(pc -> pc.ordinal() + 1).orElse(0);
    }

    private static int approvalRank(AcceptabilityRule rule) {
        return rule.approval().map(a -> a.ordinal() + 1).orElse(0);
    }
}
