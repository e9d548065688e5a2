package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;

/**
 * An assembly point or a safe haven: its name, where it is, how many people it takes and whom to
 * call there (names and numbers as text, at most {@link #MAX_CONTACTS}).
 */
public record RelocationPlace(String name, GeoPoint point, int capacity, List<String> contacts) {
    /** The most contacts of a place. */
    public static final int MAX_CONTACTS = 10;
    /** The largest capacity of a place. */
    public static final int MAX_CAPACITY = 100_000;

    public RelocationPlace {
        name = Require.text(name, "name", 200);
        Require.nonNull(point, "point");
        Require.that(capacity >= 1 && capacity <= MAX_CAPACITY, "capacity", "must be 1 to " + MAX_CAPACITY);
        contacts = Require.noNulls(contacts, "contacts").stream().map(c -> Require.text(c, "contacts", 200)).toList();
        Require.that(contacts.size() <= MAX_CONTACTS, "contacts", "must be at most " + MAX_CONTACTS);
    }
}
