package io.vigil.testkit.generators;

import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.wiring.AccessRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the shared kernel's types, and the building blocks the context generators use. */
public final class KernelGenerators {
    /** The start of the generated time range. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    /** How often, in percent, an optional value is empty. */
    public static final int EMPTY_PERCENT = 20;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñü";

    private KernelGenerators() {
    }

    /** A fresh office id no other test uses. */
    public static OfficeId freshOffice() {
        return OfficeId.of("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }

    /** Values of the office's generator, each for an office of its own that no other test uses. */
    public static <T> Gen<T> inFreshOffices(Function<OfficeId, Gen<T>> ofOffice) {
        return in -> ofOffice.apply(freshOffice()).generate(in);
    }

    /** Points in a box around Mexico City, to five decimals. */
    public static Gen<GeoPoint> points() {
        Gen<Double> latitudes = Generate.longRange(1_920_000, 1_960_000).map(l -> l / 100_000.0);
        Gen<Double> longitudes = Generate.longRange(-9_930_000, -9_890_000).map(l -> l / 100_000.0);
        return latitudes.zip(longitudes, GeoPoint::new);
    }

    /** Instants in 2026, to the second. */
    public static Gen<Instant> instants() {
        return Generate.longRange(0, 365L * 24 * 3600).map(EPOCH::plusSeconds);
    }

    /** Durations from a minute to three days, to the minute. */
    public static Gen<Duration> durations() {
        return Generate.longRange(1, 3 * 24 * 60).map(Duration::ofMinutes);
    }

    /** Capitalised names of one to twelve letters, accents included. */
    public static Gen<String> names() {
        return strings(Generate.pick(LETTERS.chars().mapToObj(c -> (char) c).toList()), 1, 12)
                .map(s -> s.substring(0, 1).toUpperCase() + s.substring(1));
    }

    /** Strings of min to max characters drawn from the given characters. */
    public static Gen<String> strings(Gen<Character> chars, int min, int max) {
        return lists().of(chars).ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** The value, or (one time in five) nothing. */
    public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
        return gen.toOptionals(EMPTY_PERCENT);
    }

    /** Non-empty sets of the enum's constants. */
    public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
        return lists().of(Generate.enumValues(type)).ofSizeBetween(1, type.getEnumConstants().length)
                .map(EnumSet::copyOf);
    }

    /** Audit entries of the office. */
    public static Gen<AuditEntry> auditEntries(OfficeId office) {
        Gen<Instant> instants = instants();
        Gen<String> actors = Generate.pick(List.of("officer", "warden", "staff"));
        Gen<AuditAction> actions = Generate.enumValues(AuditAction.class);
        Gen<DataClass> data = Generate.pick(AccessRegistry.dataClasses());
        Gen<Boolean> grants = Generate.booleans();
        Gen<Integer> persons = Generate.range(0, 3);
        return in -> {
            Instant at = instants.generate(in);
            String actor = actors.generate(in);
            AuditAction action = actions.generate(in);
            DataClass dataClass = data.generate(in);
            boolean granted = grants.generate(in);
            int n = persons.generate(in);
            return new AuditEntry(UUID.randomUUID(), at, office, actor, action, "person", UUID.randomUUID().toString(),
                    dataClass, granted, granted ? "security officer" : "denied",
                    Stream.generate(PersonId::random).limit(n).toList());
        };
    }
}
