package io.vigil.movement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.movement.domain.ReadinessFixture.Defect;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of a visit's readiness over every coherent choice of the fixture's defects, against the
 * hand-written table of the blocker each defect adds: each blocker decides alone (the blockers are
 * exactly those of the defects, in the fixed order), and fixing one defect never adds a blocker.
 */
class ReadinessProperties {
    private static final Gen<Set<Defect>> DEFECTS = Generate.range(0, (1 << Defect.values().length) - 1).map(bits -> {
        Set<Defect> chosen = EnumSet.noneOf(Defect.class);
        for (Defect d : Defect.values()) {
            if ((bits & (1 << d.ordinal())) != 0) {
                chosen.add(d);
            }
        }
        return chosen;
    }).assuming(ReadinessFixture::coherent);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(300);
    }

    @Test
    void each_defect_adds_exactly_its_own_blocker_in_the_fixed_order() {
        qt().forAll(DEFECTS).checkAssert(defects -> {
            List<Readiness.Blocker> expected = Arrays.stream(Defect.values()).filter(defects::contains)
                    .map(Defect::expected).toList();
            Readiness r = ReadinessFixture.assess(defects);
            assertThat(r.blockers()).containsExactlyElementsOf(expected);
            assertThat(r.ready()).isEqualTo(defects.isEmpty());
        });
    }

    @Test
    void fixing_one_defect_never_adds_a_blocker() {
        qt().forAll(DEFECTS).checkAssert(defects -> {
            List<Readiness.Blocker> before = ReadinessFixture.assess(defects).blockers();
            for (Defect fixed : defects) {
                Set<Defect> rest = EnumSet.copyOf(defects);
                rest.remove(fixed);
                List<Readiness.Blocker> after = ReadinessFixture.assess(rest).blockers();
                assertThat(before).containsAll(after);
                assertThat(after).doesNotContain(fixed.expected());
            }
        });
    }
}
