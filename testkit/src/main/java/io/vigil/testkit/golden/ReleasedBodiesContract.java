package io.vigil.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What an adapter that persists must prove: every record a released Vigil stored (the golden
 * bodies, {@link GoldenBodies}) still reads through the adapter's ports, equal to what the
 * release's body says. An adapter's test says how a release stored a raw body ({@link #stash})
 * and which of its stores hold which directory ({@link #stores}, from the contexts'
 * {@code XxxGoldenStores}).
 */
public abstract class ReleasedBodiesContract {

    /** The adapter's stores, one entry per golden directory. */
    protected abstract List<GoldenStore<?>> stores();

    /** Reads a raw body as the adapter's JSON mapping does. */
    protected abstract <T> T parse(String raw, Class<T> type);

    /**
     * Puts {@code raw} where the release would have stored it, so that the store, when it reads,
     * reads those bytes ({@code parsed} is the same record already read, for adapters that must
     * create the row around the body first).
     */
    protected abstract void stash(GoldenStore<?> store, String key, String raw, Object parsed);

    @Test
    void every_golden_directory_has_a_store() {
        assertThat(stores().stream().map(GoldenStore::dir).sorted().toList())
                .isEqualTo(GoldenBodies.storeDirs(GoldenBodies.V0_1));
    }

    @Test
    void every_body_a_release_stored_reads_back_equal_through_the_port() {
        record Stashed(GoldenStore<?> store, String file, Object parsed) {
        }
        List<Stashed> stashed = new ArrayList<>();
        for (GoldenStore<?> store : stores()) {
            for (Map.Entry<String, String> body : GoldenBodies.of(GoldenBodies.V0_1, store.dir()).entrySet()) {
                Object parsed = parse(body.getValue(), store.type());
                String key = body.getKey().substring(0, body.getKey().length() - ".json".length());
                stash(store, key, body.getValue(), parsed);
                stashed.add(new Stashed(store, body.getKey(), parsed));
            }
        }
        assertThat(stashed).hasSizeGreaterThan(stores().size());
        SoftAssertions soft = new SoftAssertions();
        for (Stashed s : stashed) {
            soft.assertThat(s.store().findAny(s.parsed())).as(s.store().dir() + "/" + s.file()).contains(s.parsed());
        }
        soft.assertAll();
    }
}
