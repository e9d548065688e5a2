package io.vigil.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kernel.store.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One directory of JSON files, one file per record named by its key, cached in memory after the
 * first read. Reads are served from the cache; writes go to disk first, then to the cache, so a
 * failed write changes neither.
 */
public final class JsonDirectory<T> {
    private final Path dir;
    private final ObjectMapper json;
    private final Class<T> type;
    private final Function<T, String> key;
    private volatile Map<String, T> cache;

    public JsonDirectory(Path dir, ObjectMapper json, Class<T> type, Function<T, String> key) {
        this.dir = dir;
        this.json = json;
        this.type = type;
        this.key = key;
    }

    public T get(String id) {
        return loaded().get(id);
    }

    public Collection<T> all() {
        return Collections.unmodifiableCollection(loaded().values());
    }

    public Stream<T> stream() {
        return loaded().values().stream();
    }

    public synchronized void put(T value) {
        String id = key.apply(value);
        try {
            AtomicFiles.write(file(id), json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new StorageException("cannot write " + file(id), e);
        }
        loaded().put(id, value);
    }

    /** Writes the value unless one with its key exists; returns whether it was written. */
    public synchronized boolean putIfAbsent(T value) {
        if (get(key.apply(value)) != null) {
            return false;
        }
        put(value);
        return true;
    }

    public synchronized void remove(String id) {
        try {
            AtomicFiles.delete(file(id));
        } catch (IOException e) {
            throw new StorageException("cannot delete " + file(id), e);
        }
        loaded().remove(id);
    }

    private Path file(String id) {
        return dir.resolve(id + ".json");
    }

    private Map<String, T> loaded() {
        Map<String, T> c = cache;
        if (c == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = load();
                }
                c = cache;
            }
        }
        return c;
    }

    private Map<String, T> load() {
        Map<String, T> map = new ConcurrentHashMap<>();
        if (!Files.isDirectory(dir)) {
            return map;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(files::add);
        } catch (IOException e) {
            throw new StorageException("cannot list " + dir, e);
        }
        for (Path p : files) {
            try {
                T value = json.readValue(p.toFile(), type);
                map.put(key.apply(value), value);
            } catch (IOException e) {
                throw new StorageException("cannot read " + p + ": " + e.getMessage(), e);
            }
        }
        return map;
    }
}
