package io.vigil.files.documents;

import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.ContentType;
import io.vigil.documents.port.out.DocumentContents;
import io.vigil.files.AtomicFiles;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@link DocumentContents} as one file per content, {@code <office>/<id>.<TYPE>} under its directory
 * (the type in the name, the bytes as they are), written atomically and synced; never rewritten.
 */
final class FileDocumentContents implements DocumentContents {
    private final Path dir;

    FileDocumentContents(Path dir) {
        this.dir = dir;
    }

    @Override
    public synchronized void put(Content content) {
        if (stored(content.office(), content.id()).isPresent()) {
            throw new StorageException("content " + content.id() + " is already stored", null);
        }
        Path file = file(content.office(), content.id(), content.type());
        try {
            AtomicFiles.write(file, content.bytes());
        } catch (IOException e) {
            throw new StorageException("cannot write " + file, e);
        }
    }

    @Override
    public Optional<Content> find(OfficeId office, ContentId id) {
        return stored(office, id).map(type -> {
            Path file = file(office, id, type);
            try {
                return new Content(id, office, type, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new StorageException("cannot read " + file, e);
            }
        });
    }

    @Override
    public synchronized void delete(OfficeId office, ContentId id) {
        Optional<ContentType> type = stored(office, id);
        if (type.isEmpty()) {
            return;
        }
        Path file = file(office, id, type.get());
        try {
            AtomicFiles.delete(file);
        } catch (IOException e) {
            throw new StorageException("cannot delete " + file, e);
        }
    }

    private Optional<ContentType> stored(OfficeId office, ContentId id) {
        return Arrays.stream(ContentType.values()).filter(t -> Files.isRegularFile(file(office, id, t))).findFirst();
    }

    private Path file(OfficeId office, ContentId id, ContentType type) {
        return dir.resolve(office.value()).resolve(id + "." + type.name());
    }
}
