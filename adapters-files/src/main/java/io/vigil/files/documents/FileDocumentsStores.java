package io.vigil.files.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.Document;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The documents context's stores ({@code documents/}, {@code disseminations/} as JSON files, one per
 * record, and {@code document-contents/}, the bytes of each version) under a base directory;
 * nothing is read until first use.
 */
public final class FileDocumentsStores implements ContextStores<DocumentsPorts> {
    private final Path base;

    /** The stores under the base directory. */
    public FileDocumentsStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<DocumentsPorts> portsType() {
        return DocumentsPorts.class;
    }

    @Override
    public DocumentsPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new DocumentsPorts(
                new FileDocumentLibrary(new JsonDirectory<>(base.resolve("documents"), json, Document.class,
                        d -> d.id().toString())),
                new FileDocumentContents(base.resolve("document-contents")),
                new FileDisseminationLog(new JsonDirectory<>(base.resolve("disseminations"), json,
                        Dissemination.class, d -> d.id().toString())));
    }
}
