package io.vigil.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.kernel.store.StorageException;

/**
 * The {@code body} column of a table: one type written to and read from JSON, every failure a
 * {@link StorageException} naming what was stored.
 */
public final class JsonBody<T> {
    private final ObjectMapper json;
    private final Class<T> type;
    private final String what;

    /** @param what the stored thing, for error messages ("audit entry") */
    public JsonBody(ObjectMapper json, Class<T> type, String what) {
        this.json = json;
        this.type = type;
        this.what = what;
    }

    public String write(T value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write " + what + " as JSON", e);
        }
    }

    public T read(String body) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored " + what + " is not readable JSON", e);
        }
    }
}
