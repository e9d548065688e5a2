package io.vigil.risk.domain;

import static io.vigil.risk.domain.ProgrammeCriticality.PC1;
import static io.vigil.risk.domain.ProgrammeCriticality.PC2;
import static io.vigil.risk.domain.ProgrammeCriticality.PC3;
import static io.vigil.risk.domain.ProgrammeCriticality.PC4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.validation.FieldViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The acceptability table: the default is the domain brief's, written out cell by cell; a table is
 * accepted exactly when it is monotone (tables monotone by construction, and tables with one
 * defect planted, whose problem must name it); decisions are monotone and carry their reasons.
 */
class AcceptabilityProperties {
    private static final Gen<RiskLevel> LEVELS = Generate.enumValues(RiskLevel.class);
    private static final Gen<ProgrammeCriticality> CRITICALITIES = Generate.enumValues(ProgrammeCriticality.class);

    /** GO proceeds, CR and EH proceed once the country representative or the executive head approves, NO does not. */
    private static final Map<RiskLevel, List<String>> BRIEF = Map.of(
            //                         PC1   PC2   PC3   PC4
            RiskLevel.VERY_LOW,     List.of("GO", "GO", "GO", "GO"),
            RiskLevel.LOW,          List.of("GO", "GO", "GO", "GO"),
            RiskLevel.MEDIUM,       List.of("GO", "GO", "GO", "NO"),
            RiskLevel.HIGH,         List.of("CR", "CR", "NO", "NO"),
            RiskLevel.VERY_HIGH,    List.of("EH", "NO", "NO", "NO"),
            RiskLevel.UNACCEPTABLE, List.of("NO", "NO", "NO", "NO"));

    private final AcceptabilityRules standard = AcceptabilityRules.standard();

    /** A fixed seed, so every run tries the same cases; -DQT_SEED=... tries others. */
    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20260301L)).withExamples(300);
    }

    private static String outcome(Acceptability a) {
        if (a instanceof Acceptability.ProceedWithApproval p) {
            return p.approval() == ApprovalLevel.COUNTRY_REPRESENTATIVE ? "CR" : "EH";
        }
        return a instanceof Acceptability.Proceed ? "GO" : "NO";
    }

    /** 0 = may not proceed, 1 = may proceed with approval, 2 = may proceed. */
    private static int permissiveness(Acceptability a) {
        return a instanceof Acceptability.Proceed ? 2 : a instanceof Acceptability.ProceedWithApproval ? 1 : 0;
    }

    @Test
    void the_standard_table_is_the_domain_briefs_default_in_every_cell() {
        for (RiskLevel level : RiskLevel.values()) {
            for (ProgrammeCriticality pc : ProgrammeCriticality.values()) {
                assertThat(outcome(standard.decide(level, pc, List.of()))).as(level + " " + pc)
                        .isEqualTo(BRIEF.get(level).get(pc.ordinal()));
            }
        }
    }

    @Test
    void the_standard_decisions_explain_themselves_in_words_an_officer_can_repeat() {
        assertThat(standard.decide(RiskLevel.HIGH, PC2, List.of("the highest residual risk is HIGH")))
                .isEqualTo(new Acceptability.ProceedWithApproval(ApprovalLevel.COUNTRY_REPRESENTATIVE, List.of(
                        "the highest residual risk is HIGH",
                        "at HIGH residual risk programmes PC1 to PC2 may proceed with approval by the country"
                                + " representative; this programme is PC2")));
        assertThat(standard.decide(RiskLevel.VERY_HIGH, PC1, List.of())).isEqualTo(
                new Acceptability.ProceedWithApproval(ApprovalLevel.EXECUTIVE_HEAD, List.of("at VERY_HIGH residual"
                        + " risk programmes PC1 may proceed with approval by the executive head; this programme is PC1")));
        assertThat(standard.decide(RiskLevel.MEDIUM, PC4, List.of())).isEqualTo(new Acceptability.DoNotProceed(
                List.of("at MEDIUM residual risk programmes PC1 to PC3 may proceed; this programme is PC4")));
        assertThat(standard.decide(RiskLevel.LOW, PC3, List.of())).isEqualTo(new Acceptability.Proceed(
                List.of("at LOW residual risk programmes PC1 to PC4 may proceed; this programme is PC3")));
        assertThat(standard.decide(RiskLevel.UNACCEPTABLE, PC1, List.of())).isEqualTo(new Acceptability.DoNotProceed(
                List.of("at UNACCEPTABLE residual risk no programme may proceed, whatever its criticality; this"
                        + " programme is PC1")));
    }

    /** A table described by, per level from VERY_LOW up, how many criticalities proceed (0-4) and the approval rank (0-2). */
    private static List<AcceptabilityRule> table(List<Integer> permits, List<Integer> approvals) {
        List<AcceptabilityRule> rules = new ArrayList<>();
        for (int k = 0; k < permits.size(); k++) {
            int p = permits.get(k);
            int a = approvals.get(k);
            rules.add(new AcceptabilityRule(RiskLevel.values()[k],
                    p == 0 ? Optional.empty() : Optional.of(ProgrammeCriticality.values()[p - 1]),
                    p == 0 || a == 0 ? Optional.empty() : Optional.of(ApprovalLevel.values()[a - 1])));
        }
        return rules;
    }

    /** The two columns of a table that is monotone by construction: permits falling, approvals rising. */
    private record Columns(List<Integer> permits, List<Integer> approvals) {
        List<AcceptabilityRule> rules() {
            return table(permits, approvals);
        }
    }

    private static Gen<Columns> monotoneColumns() {
        Gen<List<Integer>> permits = lists().of(integers().between(0, 4)).ofSize(6)
                .map(l -> l.stream().sorted(Comparator.reverseOrder()).toList());
        Gen<List<Integer>> approvals = lists().of(integers().between(0, 2)).ofSize(6)
                .map(l -> l.stream().sorted().toList());
        return permits.zip(approvals, Columns::new);
    }

    private static Gen<AcceptabilityRules> monotoneTables() {
        return monotoneColumns().map(c -> new AcceptabilityRules(c.rules()))
                .mix(Generate.constant(AcceptabilityRules.standard()), 20);
    }

    @Test
    void a_higher_residual_risk_is_never_more_permissive() {
        qt().forAll(monotoneTables(), LEVELS, LEVELS, CRITICALITIES).checkAssert((table, a, b, pc) -> {
            RiskLevel lower = a.compareTo(b) <= 0 ? a : b;
            RiskLevel higher = a.compareTo(b) <= 0 ? b : a;
            assertThat(permissiveness(table.decide(higher, pc, List.of())))
                    .isLessThanOrEqualTo(permissiveness(table.decide(lower, pc, List.of())));
        });
    }

    @Test
    void a_more_critical_programme_may_accept_at_least_as_much() {
        qt().forAll(monotoneTables(), LEVELS, CRITICALITIES, CRITICALITIES).checkAssert((table, level, a, b) -> {
            ProgrammeCriticality more = a.atLeast(b) ? a : b;
            ProgrammeCriticality less = a.atLeast(b) ? b : a;
            assertThat(permissiveness(table.decide(level, more, List.of())))
                    .isGreaterThanOrEqualTo(permissiveness(table.decide(level, less, List.of())));
        });
    }

    @Test
    void every_decision_gives_the_callers_reasons_and_then_its_own() {
        Gen<List<String>> because = lists().of(Generate.pick(List.of("the highest residual risk is HIGH",
                "crime: residual LOW", "armed conflict: residual VERY_HIGH"))).ofSizeBetween(0, 3);
        qt().forAll(monotoneTables(), LEVELS, CRITICALITIES, because).checkAssert((table, level, pc, given) -> {
            Acceptability a = table.decide(level, pc, given);
            assertThat(a.reasons()).hasSize(given.size() + 1);
            assertThat(a.reasons().subList(0, given.size())).isEqualTo(given);
            assertThat(a.reasons().get(given.size())).contains("at " + level.name() + " ")
                    .endsWith("this programme is " + pc.name());
        });
    }

    @Test
    void a_table_monotone_by_construction_is_accepted() {
        qt().forAll(monotoneColumns()).checkAssert(c -> {
            assertThat(AcceptabilityRules.problems(c.rules())).isEmpty();
            assertThat(new AcceptabilityRules(c.rules()).rules()).isEqualTo(c.rules());
        });
    }

    /** A monotone table whose rule {@code k} then lets more criticalities proceed than rule {@code k-1}. */
    private record TooPermissive(List<AcceptabilityRule> rules, int k) {
    }

    @Test
    void a_level_letting_more_programmes_proceed_than_the_level_below_is_refused_naming_it() {
        Gen<TooPermissive> cases = monotoneColumns().zip(integers().between(1, 5), integers().between(0, 3),
                (c, k, extra) -> {
                    List<Integer> permits = new ArrayList<>(c.permits());
                    for (int j = k - 1; j < permits.size(); j++) {
                        permits.set(j, Math.min(permits.get(j), 3)); // still falling, and room above rule k-1
                    }
                    permits.set(k, Math.min(4, permits.get(k - 1) + 1 + extra));
                    return new TooPermissive(table(permits, c.approvals()), k);
                });
        qt().forAll(cases).checkAssert(t -> {
            List<FieldViolation> problems = AcceptabilityRules.problems(t.rules());
            assertThat(problems).extracting(FieldViolation::field)
                    .contains("rules[" + t.k() + "].lowestCriticality")
                    .allSatisfy(f -> assertThat(f).startsWith("rules[" + t.k() + "]."));
        });
    }

    /** A monotone table whose rule {@code k} then asks for a lower approval than rule {@code k-1}. */
    private record ApprovalDrop(List<AcceptabilityRule> rules, int k) {
    }

    @Test
    void a_level_asking_for_a_lower_approval_than_the_level_below_is_refused_naming_it() {
        Gen<ApprovalDrop> cases = monotoneColumns().zip(integers().between(1, 5), integers().between(0, 1),
                (c, k, drop) -> {
                    List<Integer> permits = new ArrayList<>(c.permits());
                    List<Integer> approvals = new ArrayList<>(c.approvals());
                    for (int j = 0; j <= k; j++) {
                        permits.set(j, Math.max(permits.get(j), 1)); // still falling, and rule k may proceed
                    }
                    for (int j = k - 1; j < approvals.size(); j++) {
                        approvals.set(j, Math.max(approvals.get(j), 1)); // still rising, and rule k-1 asks for one
                    }
                    approvals.set(k, Math.max(0, approvals.get(k - 1) - 1 - drop));
                    return new ApprovalDrop(table(permits, approvals), k);
                });
        qt().forAll(cases).checkAssert(t -> assertThat(AcceptabilityRules.problems(t.rules()))
                .extracting(FieldViolation::field).containsExactly("rules[" + t.k() + "].approval"));
    }

    @Test
    void hand_worked_tables_are_refused_for_what_is_wrong_with_them() {
        Optional<ApprovalLevel> none = Optional.empty();
        Optional<ApprovalLevel> cr = Optional.of(ApprovalLevel.COUNTRY_REPRESENTATIVE);
        List<AcceptabilityRule> highLetsPc4 = List.of(
                new AcceptabilityRule(RiskLevel.VERY_LOW, Optional.of(PC4), none),
                new AcceptabilityRule(RiskLevel.LOW, Optional.of(PC4), none),
                new AcceptabilityRule(RiskLevel.MEDIUM, Optional.of(PC3), none),
                new AcceptabilityRule(RiskLevel.HIGH, Optional.of(PC4), cr),
                new AcceptabilityRule(RiskLevel.VERY_HIGH, Optional.of(PC1), Optional.of(ApprovalLevel.EXECUTIVE_HEAD)),
                new AcceptabilityRule(RiskLevel.UNACCEPTABLE, Optional.empty(), none));
        assertThat(AcceptabilityRules.problems(highLetsPc4)).extracting(FieldViolation::field)
                .containsExactly("rules[3].lowestCriticality");

        List<AcceptabilityRule> veryHighWithoutApproval = new ArrayList<>(standard.rules());
        veryHighWithoutApproval.set(4, new AcceptabilityRule(RiskLevel.VERY_HIGH, Optional.of(PC1), none));
        assertThat(AcceptabilityRules.problems(veryHighWithoutApproval)).extracting(FieldViolation::field)
                .containsExactly("rules[4].approval");

        List<AcceptabilityRule> veryHighAtCountryLevel = new ArrayList<>(standard.rules());
        veryHighAtCountryLevel.set(4, new AcceptabilityRule(RiskLevel.VERY_HIGH, Optional.of(PC1), cr));
        assertThat(AcceptabilityRules.problems(veryHighAtCountryLevel)).as("the same approval as HIGH is monotone")
                .isEmpty();

        List<AcceptabilityRule> swapped = new ArrayList<>(standard.rules());
        swapped.set(1, standard.rules().get(2));
        swapped.set(2, standard.rules().get(1));
        assertThat(AcceptabilityRules.problems(swapped)).extracting(FieldViolation::field)
                .containsExactly("rules[1].level", "rules[2].level");

        assertThat(AcceptabilityRules.problems(standard.rules().subList(0, 5))).extracting(FieldViolation::field)
                .containsExactly("rules");
    }
}
