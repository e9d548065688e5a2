package io.vigil.testkit.contract.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.ContentType;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentVersion;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.DocumentsGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link DocumentLibrary}; extend it with your adapter. */
public abstract class DocumentLibraryContract extends VersionedStoreContract<DocumentId, Document, DocumentLibrary> {

    @Override
    protected Gen<Document> newAggregates(OfficeId office) {
        return DocumentsGenerators.documents(office);
    }

    /** The document retitled, its owner and review date changed. */
    @Override
    protected Document changed(Document d) {
        return new Document(d.id(), d.office(), d.version(), d.kind(), d.title() + " (revised)", "Deputy officer",
                d.classification(), d.reviewDue().plusMonths(6), d.appliesTo(), d.versions());
    }

    @Test
    void the_list_is_the_offices_own_by_title_and_paged() {
        List<Document> saved = draw(lists().of(DocumentsGenerators.documents(office)).ofSize(5)).stream()
                .map(store()::save).sorted(Document.BY_TITLE).toList();
        store().save(draw(DocumentsGenerators.documents(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(store().count(office)).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
        assertThat(store().all(office)).containsExactlyElementsOf(saved);
    }

    @Test
    void versions_and_audiences_are_kept_whole() {
        Document d = sample();
        List<DocumentVersion> versions = List.of(1, 2).stream().map(n -> new DocumentVersion(n, ContentId.random(),
                n == 1 ? ContentType.PDF : ContentType.MARKDOWN, 1000L * n, "ab".repeat(32), "revision " + n,
                Instant.parse("2026-02-0" + n + "T10:15:30.123456Z"), "officer")).toList();
        d = new Document(d.id(), office, 0, DocumentKind.SOP, d.title(), d.owner(), d.classification(), d.reviewDue(),
                Optional.of(DocumentAudience.unit("IFC")), versions);
        store().save(d);
        assertThat(store().findById(d.id()).orElseThrow().versions()).isEqualTo(d.versions());
        assertThat(store().findById(d.id()).orElseThrow().appliesTo()).isEqualTo(d.appliesTo());
    }
}
