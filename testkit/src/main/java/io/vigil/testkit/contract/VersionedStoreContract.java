package io.vigil.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.Samples;
import io.vigil.testkit.generators.Theories;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract every {@link VersionedStore} adapter must pass: versions start at 1 and grow by
 * one, stale writes are refused with {@link VersionConflictException} and change nothing, and any
 * sequence of saves, updates and deletes behaves like a map. Extend it per port and adapter.
 */
public abstract class VersionedStoreContract<I, A extends Versioned<I, A>, S extends VersionedStore<I, A>> {
    /** Clients of the concurrent read-modify-write test, and the updates each must get stored: 200 in all. */
    private static final int CLIENTS = 8;
    private static final int UPDATES_EACH = 25;

    /** This test instance's office; ids are random, so tests sharing a database do not collide. */
    protected final OfficeId office = KernelGenerators.freshOffice();
    private final Samples samples = new Samples(1);

    /** The store under test; may be shared between tests. */
    protected abstract S store();

    /** New valid aggregates of the office (version 0, fresh ids). */
    protected abstract Gen<A> newAggregates(OfficeId office);

    /** A copy of the aggregate with some content changed, same id and version. */
    protected abstract A changed(A aggregate);

    /** One new aggregate of this test's office. */
    protected A sample() {
        return draw(newAggregates(office));
    }

    /** The next value of the generator in this test's fixed-seed stream of draws. */
    protected <T> T draw(Gen<T> gen) {
        return samples.draw(gen);
    }

    /**
     * The office list of a port: five of the office's records and one of another office saved, a
     * page of the list holds the office's own in {@code order} with their total, {@code count} is
     * that total and {@code all} the whole list in order.
     */
    protected void assertOfficeList(Comparator<? super A> order, BiFunction<OfficeId, PageRequest, Page<A>> list,
                                    Function<OfficeId, List<A>> all, ToLongFunction<OfficeId> count) {
        List<A> saved = draw(lists().of(newAggregates(office)).ofSize(5)).stream().map(store()::save)
                .sorted(order).toList();
        store().save(draw(newAggregates(KernelGenerators.freshOffice())));
        Page<A> page = list.apply(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(count.applyAsLong(office)).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
        assertThat(all.apply(office)).containsExactlyElementsOf(saved);
    }

    @Test
    void a_new_aggregate_is_stored_as_version_1_and_found_by_id() {
        A a = sample();
        A saved = store().save(a);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved).isEqualTo(a.withVersion(1));
        assertThat(store().findById(a.id())).contains(saved);
    }

    @Test
    void saving_a_new_aggregate_whose_id_exists_is_refused_and_changes_nothing() {
        A saved = store().save(sample());
        A clash = changed(saved).withVersion(0);
        assertThatThrownBy(() -> store().save(clash)).isInstanceOf(VersionConflictException.class);
        assertThat(store().findById(saved.id())).contains(saved);
    }

    @Test
    void an_update_at_the_current_version_is_stored_with_the_next_version() {
        A saved = store().save(sample());
        A updated = store().save(changed(saved));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(store().findById(saved.id())).contains(updated);
        assertThat(updated).isEqualTo(changed(saved).withVersion(2));
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        A v1 = store().save(sample());
        A v2 = store().save(changed(v1));
        assertThatThrownBy(() -> store().save(changed(v1)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(store().findById(v1.id())).contains(v2);
    }

    @Test
    void concurrent_read_modify_writes_on_one_aggregate_lose_no_update() throws Exception {
        A saved = store().save(sample());
        A content = changed(saved);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Long>>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    List<Long> stored = new ArrayList<>();
                    while (stored.size() < UPDATES_EACH) {
                        long read = store().findById(saved.id()).orElseThrow().version();
                        try {
                            stored.add(store().save(content.withVersion(read)).version());
                        } catch (VersionConflictException e) {
                            // another client stored its update first: read again and retry
                        }
                    }
                    return stored;
                }));
            }
            List<Long> versions = new ArrayList<>();
            for (Future<List<Long>> client : clients) {
                versions.addAll(client.get(5, TimeUnit.MINUTES));
            }
            assertThat(versions).as("each stored update got a version of its own").doesNotHaveDuplicates()
                    .hasSize(CLIENTS * UPDATES_EACH);
            assertThat(store().findById(saved.id()).orElseThrow().version()).as("no stored update was lost")
                    .isEqualTo(1L + CLIENTS * UPDATES_EACH);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_update_of_a_missing_aggregate_is_refused() {
        A ghost = sample().withVersion(3);
        assertThatThrownBy(() -> store().save(ghost))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
        assertThat(store().findById(ghost.id())).isEmpty();
    }

    @Test
    void a_delete_at_the_currentVersion_removes_the_aggregate() {
        A saved = store().save(sample());
        store().delete(saved.id(), 1);
        assertThat(store().findById(saved.id())).isEmpty();
    }

    @Test
    void a_stale_delete_is_refused_and_keeps_the_aggregate() {
        A v2 = store().save(changed(store().save(sample())));
        assertThatThrownBy(() -> store().delete(v2.id(), 1)).isInstanceOf(VersionConflictException.class);
        assertThat(store().findById(v2.id())).contains(v2);
    }

    @Test
    void deleting_a_missing_aggregate_is_refused() {
        A ghost = sample();
        assertThatThrownBy(() -> store().delete(ghost.id(), 1))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    }

    /** One step of the stateful property. */
    protected sealed interface Action<A> {
        /** Insert a new aggregate. */
        record Insert<A>(A aggregate) implements Action<A> {
        }

        /** Update the n-th known aggregate at its current version, or at a stale one. */
        record Update<A>(int pick, boolean stale) implements Action<A> {
        }

        /** Delete the n-th known aggregate at its current version, or at a stale one. */
        record Delete<A>(int pick, boolean stale) implements Action<A> {
        }
    }

    /** One to 25 actions (insert : update : delete = 4 : 4 : 2); updates and deletes are stale half the time. */
    protected Gen<List<Action<A>>> actions() {
        Gen<Action<A>> insert = newAggregates(office).map(Action.Insert::new);
        Gen<Action<A>> update = Generate.range(0, 99).zip(Generate.booleans(), Action.Update::new);
        Gen<Action<A>> delete = Generate.range(0, 99).zip(Generate.booleans(), Action.Delete::new);
        return lists().of(Generate.frequency(List.of(Pair.of(4, insert), Pair.of(4, update), Pair.of(2, delete))))
                .ofSizeBetween(1, 25);
    }

    @Test
    void any_sequence_of_saves_updates_and_deletes_behaves_like_a_map() {
        Theories.qt(30).forAll(actions()).checkAssert(actions -> {
            Map<I, A> model = new HashMap<>();
            List<I> known = new ArrayList<>();
            for (Action<A> action : actions) {
                apply(action, model, known);
                for (I id : known) {
                    assertThat(store().findById(id)).as("after %s", action)
                            .isEqualTo(Optional.ofNullable(model.get(id)));
                }
            }
        });
    }

    private void apply(Action<A> action, Map<I, A> model, List<I> known) {
        if (action instanceof Action.Insert<A> insert) {
            A saved = store().save(insert.aggregate());
            assertThat(saved.version()).isEqualTo(1);
            model.put(saved.id(), saved);
            known.add(saved.id());
            return;
        }
        if (known.isEmpty()) {
            return;
        }
        int pick = action instanceof Action.Update<A> u ? u.pick() : ((Action.Delete<A>) action).pick();
        boolean stale = action instanceof Action.Update<A> u ? u.stale() : ((Action.Delete<A>) action).stale();
        I id = known.get(pick % known.size());
        A current = model.get(id);
        long currentVersion = current == null ? 0 : current.version();
        long version = stale ? currentVersion + 1 : currentVersion;
        boolean refused = stale || current == null;
        try {
            if (action instanceof Action.Update<A>) {
                A base = current != null ? current : store().findById(id).orElse(null);
                if (base == null) {
                    return;
                }
                A saved = store().save(changed(base).withVersion(version));
                assertThat(refused).as("%s should have been refused", action).isFalse();
                assertThat(saved.version()).isEqualTo(version + 1);
                model.put(id, saved);
            } else {
                store().delete(id, version);
                assertThat(refused).as("%s should have been refused", action).isFalse();
                model.remove(id);
            }
        } catch (VersionConflictException e) {
            assertThat(refused).as("%s was refused: %s", action, e.getMessage()).isTrue();
        }
    }
}
