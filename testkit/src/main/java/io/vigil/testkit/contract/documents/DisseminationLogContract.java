package io.vigil.testkit.contract.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.DocumentsGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link DisseminationLog}; extend it with your adapter. */
public abstract class DisseminationLogContract
        extends VersionedStoreContract<DisseminationId, Dissemination, DisseminationLog> {

    @Override
    protected Gen<Dissemination> newAggregates(OfficeId office) {
        return DocumentsGenerators.disseminations(office);
    }

    /** The dissemination acknowledged by its first recipient who had not, or else sent by someone else. */
    @Override
    protected Dissemination changed(Dissemination d) {
        return d.recipients().stream().filter(p -> !d.acknowledgedBy(p)).findFirst()
                .map(p -> d.acknowledge(p, d.sentAt().plusSeconds(3600)))
                .orElseGet(() -> new Dissemination(d.id(), d.office(), d.version(), d.document(), d.documentVersion(),
                        d.audience(), d.channels(), d.sentAt(), d.sentBy() + " (corrected)", d.recipients(),
                        d.acknowledgements()));
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<Dissemination> saved = draw(lists().of(DocumentsGenerators.disseminations(office)).ofSize(5)).stream()
                .map(store()::save).sorted(DisseminationLog.LATEST_FIRST).toList();
        store().save(draw(DocumentsGenerators.disseminations(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void a_documents_disseminations_are_found_latest_first_in_its_office_only() {
        DocumentId document = DocumentId.random();
        List<Dissemination> of = draw(lists().of(DocumentsGenerators.disseminations(office)).ofSize(3)).stream()
                .map(d -> store().save(onDocument(d, document))).sorted(DisseminationLog.LATEST_FIRST).toList();
        store().save(sample());
        store().save(onDocument(draw(DocumentsGenerators.disseminations(KernelGenerators.freshOffice())), document));
        assertThat(store().ofDocument(office, document)).containsExactlyElementsOf(of);
        assertThat(store().ofDocument(office, DocumentId.random())).isEmpty();
    }

    @Test
    void recipients_and_acknowledgements_are_kept_in_order() {
        Dissemination d = store().save(sample());
        PersonId first = d.recipients().get(0);
        assertThat(store().findById(d.id()).orElseThrow().recipients()).containsExactlyElementsOf(d.recipients());
        assertThat(store().findById(d.id()).orElseThrow().acknowledgedBy(first)).isEqualTo(d.acknowledgedBy(first));
    }

    private static Dissemination onDocument(Dissemination d, DocumentId document) {
        return new Dissemination(d.id(), d.office(), d.version(), document, d.documentVersion(), d.audience(),
                d.channels(), d.sentAt(), d.sentBy(), d.recipients(), d.acknowledgements());
    }
}
