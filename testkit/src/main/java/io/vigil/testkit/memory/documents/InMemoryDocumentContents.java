package io.vigil.testkit.memory.documents;

import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.port.out.DocumentContents;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link DocumentContents} in memory; contents are copied in and out, never shared. */
public final class InMemoryDocumentContents implements DocumentContents {
    private final Map<ContentId, Content> stored = new ConcurrentHashMap<>();

    @Override
    public void put(Content content) {
        Content copy = new Content(content.id(), content.office(), content.type(), content.bytes());
        if (stored.putIfAbsent(content.id(), copy) != null) {
            throw new StorageException("content " + content.id() + " is already stored", null);
        }
    }

    @Override
    public Optional<Content> find(OfficeId office, ContentId id) {
        return Optional.ofNullable(stored.get(id)).filter(c -> c.office().equals(office))
                .map(c -> new Content(c.id(), c.office(), c.type(), c.bytes()));
    }

    @Override
    public void delete(OfficeId office, ContentId id) {
        stored.computeIfPresent(id, (k, c) -> c.office().equals(office) ? null : c);
    }
}
