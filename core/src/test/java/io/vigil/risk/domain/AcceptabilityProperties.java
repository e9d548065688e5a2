package io.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The acceptability table: monotone, complete, and every decision with its reasons. */
class AcceptabilityProperties {
    private final AcceptabilityRules standard = AcceptabilityRules.standard();

    /** 0 = may not proceed, 1 = may proceed with approval, 2 = may proceed. */
    private static int permissiveness(Acceptability a) {
        return a instanceof Acceptability.Proceed ? 2 : a instanceof Acceptability.ProceedWithApproval ? 1 : 0;
    }

    @Property
    void a_higher_residual_risk_is_never_more_permissive(@ForAll RiskLevel lower, @ForAll RiskLevel higher,
                                                         @ForAll ProgrammeCriticality pc) {
        if (higher.compareTo(lower) >= 0) {
            assertThat(permissiveness(standard.decide(higher, pc, List.of())))
                    .isLessThanOrEqualTo(permissiveness(standard.decide(lower, pc, List.of())));
        }
    }

    @Property
    void a_more_critical_programme_may_accept_at_least_as_much(@ForAll RiskLevel level,
                                                              @ForAll ProgrammeCriticality a,
                                                              @ForAll ProgrammeCriticality b) {
        if (a.atLeast(b)) {
            assertThat(permissiveness(standard.decide(level, a, List.of())))
                    .isGreaterThanOrEqualTo(permissiveness(standard.decide(level, b, List.of())));
        }
    }

    @Property
    void every_decision_gives_the_callers_reasons_and_its_own(@ForAll RiskLevel level,
                                                            @ForAll ProgrammeCriticality pc) {
        Acceptability a = standard.decide(level, pc, List.of("the highest residual risk is " + level));
        assertThat(a.reasons()).hasSize(2);
        assertThat(a.reasons().get(1)).contains(level.name()).contains(pc.name());
    }

    @Test
    void the_default_table_is_the_one_in_the_domain_brief() {
        assertThat(standard.decide(RiskLevel.LOW, ProgrammeCriticality.PC4, List.of()))
                .isInstanceOf(Acceptability.Proceed.class);
        assertThat(standard.decide(RiskLevel.MEDIUM, ProgrammeCriticality.PC4, List.of()))
                .isInstanceOf(Acceptability.DoNotProceed.class);
        assertThat(standard.decide(RiskLevel.HIGH, ProgrammeCriticality.PC2, List.of()))
                .isEqualTo(new Acceptability.ProceedWithApproval(ApprovalLevel.COUNTRY_REPRESENTATIVE,
                        standard.decide(RiskLevel.HIGH, ProgrammeCriticality.PC2, List.of()).reasons()));
        assertThat(standard.decide(RiskLevel.VERY_HIGH, ProgrammeCriticality.PC1, List.of()))
                .isInstanceOfSatisfying(Acceptability.ProceedWithApproval.class,
                        a -> assertThat(a.approval()).isEqualTo(ApprovalLevel.EXECUTIVE_HEAD));
        assertThat(standard.decide(RiskLevel.UNACCEPTABLE, ProgrammeCriticality.PC1, List.of()))
                .isInstanceOf(Acceptability.DoNotProceed.class);
    }

    @Provide
    Arbitrary<List<AcceptabilityRule>> tables() {
        Arbitrary<Optional<ProgrammeCriticality>> lowest = Arbitraries.of(ProgrammeCriticality.class).optional();
        Arbitrary<Optional<ApprovalLevel>> approval = Arbitraries.of(ApprovalLevel.class).optional();
        return Combinators.combine(lowest.list().ofSize(6), approval.list().ofSize(6)).as((ls, as) -> {
            List<AcceptabilityRule> rules = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                Optional<ApprovalLevel> a = ls.get(k).isPresent() ? as.get(k) : Optional.empty();
                rules.add(new AcceptabilityRule(RiskLevel.values()[k], ls.get(k), a));
            }
            return rules;
        });
    }

    @Property
    void a_configured_table_is_accepted_exactly_when_it_is_monotone(@ForAll("tables") List<AcceptabilityRule> rules) {
        boolean monotone = true;
        for (int k = 1; k < rules.size(); k++) {
            int here = rules.get(k).lowestCriticality().map(pc -> pc.ordinal() + 1).orElse(0);
            int below = rules.get(k - 1).lowestCriticality().map(pc -> pc.ordinal() + 1).orElse(0);
            int approvalHere = rules.get(k).approval().map(a -> a.ordinal() + 1).orElse(0);
            int approvalBelow = rules.get(k - 1).approval().map(a -> a.ordinal() + 1).orElse(0);
            monotone &= here <= below && (here == 0 || approvalHere >= approvalBelow);
        }
        assertThat(AcceptabilityRules.problems(rules).isEmpty()).isEqualTo(monotone);
    }
}
