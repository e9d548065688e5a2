package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.in.CallDetails;
import io.vigil.alerting.port.in.DrillReport;
import io.vigil.alerting.port.in.PhoneTreeDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The telephone tree end to end over in-memory adapters: the cascade, timed drills, access. */
class PhoneTreesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final MutableClock clock = MutableClock.at("2026-05-04T09:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final PersonId root = person("Olga");
    private final PersonId ana = person("Ana");
    private final PersonId beto = person("Beto");
    private final PersonId carla = person("Carla");
    private final PersonId fallback = person("Fede");

    private PersonId person(String given) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Tree",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null)).person().id();
    }

    private PhoneTree tree() {
        return vigil.alerting().phoneTrees().create(officer, new PhoneTreeDetails("Office tree", root, List.of(
                new PhoneTree.Link(root, ana, List.of(fallback)), new PhoneTree.Link(root, beto, List.of()),
                new PhoneTree.Link(ana, carla, List.of()))));
    }

    private DrillReport call(PhoneTree t, DrillReport d, PersonId from, PersonId to, boolean answered, long minutes) {
        clock.set(d.drill().startedAt().plus(Duration.ofMinutes(minutes)));
        return vigil.alerting().phoneTrees().recordCall(officer, t.id(), d.drill().id(),
                new CallDetails(from, to, null, answered));
    }

    @Test
    void a_drill_times_the_cascade_and_credits_a_fallback_who_stood_in() {
        PhoneTree t = tree();
        assertThat(t.members()).containsExactly(root, ana, beto, carla);
        DrillReport d = vigil.alerting().phoneTrees().startDrill(officer, t.id(), 15);
        call(t, d, root, ana, false, 1);
        call(t, d, root, fallback, true, 2);
        call(t, d, fallback, carla, true, 6);
        DrillReport done = call(t, d, root, beto, true, 4);
        var result = done.result();
        assertThat(result.reached()).containsEntry(root, Duration.ZERO).containsEntry(beto, Duration.ofMinutes(4))
                .containsEntry(carla, Duration.ofMinutes(6)).doesNotContainKey(ana);
        assertThat(result.unreached()).containsExactly(ana);
        assertThat(result.coveredByFallback()).containsExactly(ana);
        assertThat(result.targetMet()).isFalse();
        assertThat(result.verdict()).startsWith("target missed: 3 of 4 reached");

        DrillReport second = vigil.alerting().phoneTrees().startDrill(officer, t.id(), 15);
        call(t, second, root, ana, true, 1);
        call(t, second, root, beto, true, 2);
        DrillReport all = call(t, second, ana, carla, true, 9);
        assertThat(all.result().timeToAll()).contains(Duration.ofMinutes(9));
        assertThat(all.result().targetMet()).isTrue();
        DrillReport ended = vigil.alerting().phoneTrees().endDrill(officer, t.id(), second.drill().id());
        assertThat(ended.drill().endedAt()).isPresent();
        assertThatThrownBy(() -> call(t, second, root, beto, true, 20)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("no more calls are recorded");
        assertThat(vigil.alerting().phoneTrees().get(officer, t.id()).drills()).hasSize(2);
    }

    @Test
    void only_someone_already_reached_may_call_and_only_people_of_the_tree_are_called() {
        PhoneTree t = tree();
        DrillReport d = vigil.alerting().phoneTrees().startDrill(officer, t.id(), 15);
        assertThatThrownBy(() -> call(t, d, ana, carla, true, 1)).isInstanceOfSatisfying(
                InvalidCommandException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactly("caller"));
        assertThatThrownBy(() -> call(t, d, root, PersonId.random(), true, 1)).isInstanceOfSatisfying(
                InvalidCommandException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
                        .containsExactly("callee"));
        assertThatThrownBy(() -> vigil.alerting().phoneTrees().startDrill(officer, t.id(), 0))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void a_broken_cascade_or_a_stranger_is_refused_naming_the_links() {
        assertThatThrownBy(() -> vigil.alerting().phoneTrees().create(officer, new PhoneTreeDetails("Broken", root,
                List.of(new PhoneTree.Link(root, ana, List.of()), new PhoneTree.Link(beto, carla, List.of())))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("links");
                            assertThat(v.message()).contains("never called");
                        }));
        assertThatThrownBy(() -> vigil.alerting().phoneTrees().create(officer, new PhoneTreeDetails("Twice", root,
                List.of(new PhoneTree.Link(root, ana, List.of()), new PhoneTree.Link(root, ana, List.of())))))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> vigil.alerting().phoneTrees().create(officer, new PhoneTreeDetails("Stranger", root,
                List.of(new PhoneTree.Link(root, PersonId.random(), List.of())))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("links"));
        assertThat(vigil.alerting().phoneTrees().list(officer, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void everyone_reads_the_tree_but_drills_are_for_the_security_roles_and_managers() {
        PhoneTree t = tree();
        DrillReport d = vigil.alerting().phoneTrees().startDrill(officer, t.id(), 15);
        Actor staff = Actor.staff("ana", OFFICE, ana);
        assertThat(vigil.alerting().phoneTrees().get(staff, t.id()).members()).contains(ana);
        assertThatThrownBy(() -> vigil.alerting().phoneTrees().drill(staff, t.id(), d.drill().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.alerting().phoneTrees().create(staff, new PhoneTreeDetails("Mine", ana,
                List.of(new PhoneTree.Link(ana, beto, List.of()))))).isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.alerting().phoneTrees().drill(Actor.of("m", OFFICE, Role.MANAGER), t.id(), d.drill().id())
                .result().reached()).containsOnlyKeys(root);
    }

    @Test
    void calls_logged_at_once_by_several_people_are_all_kept() throws Exception {
        PhoneTree t = tree();
        DrillReport d = vigil.alerting().phoneTrees().startDrill(officer, t.id(), 15);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<DrillReport>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                PersonId callee = List.of(ana, beto, fallback).get(i % 3);
                done.add(pool.submit(() -> vigil.alerting().phoneTrees().recordCall(officer, t.id(), d.drill().id(),
                        new CallDetails(root, callee, null, false))));
            }
            for (Future<DrillReport> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(vigil.alerting().phoneTrees().drill(officer, t.id(), d.drill().id()).drill().calls()).hasSize(40);
    }
}
