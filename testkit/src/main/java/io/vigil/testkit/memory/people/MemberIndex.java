package io.vigil.testkit.memory.people;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which records name a key (which residences a person lives in, which missions they travel on),
 * so "the records of this person" is a lookup, not a scan. Updated under the store's lock; read
 * without it.
 *
 * @param <K> the key named by records (a person)
 * @param <I> the record id
 */
final class MemberIndex<K, I> {
    private final Map<K, Set<I>> ids = new ConcurrentHashMap<>();

    void put(I id, Collection<K> keys) {
        keys.forEach(k -> ids.computeIfAbsent(k, x -> ConcurrentHashMap.newKeySet()).add(id));
    }

    void remove(I id, Collection<K> keys) {
        keys.forEach(k -> ids.computeIfPresent(k, (x, set) -> {
            set.remove(id);
            return set.isEmpty() ? null : set;
        }));
    }

    /** The ids of the records naming the key (a copy). */
    Set<I> of(K key) {
        return Set.copyOf(ids.getOrDefault(key, Set.of()));
    }
}
