package io.vigil.testkit.contract.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.ContentType;
import io.vigil.documents.port.out.DocumentContents;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import io.vigil.testkit.generators.KernelGenerators;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The contract of {@link DocumentContents}: bytes kept exactly, per office, once per id; extend it with your adapter. */
public abstract class DocumentContentsContract {
    /** This test instance's office; ids are random, so tests sharing a database do not collide. */
    protected final OfficeId office = KernelGenerators.freshOffice();

    /** The store under test; may be shared between tests. */
    protected abstract DocumentContents store();

    private Content markdown(String text) {
        return new Content(ContentId.random(), office, ContentType.MARKDOWN, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void stored_content_is_found_byte_for_byte_with_its_type() {
        Content c = markdown("# Bomb threat\n\nKeep the caller talking. ¿Dónde está la bomba? ✓\n");
        store().put(c);
        Content found = store().find(office, c.id()).orElseThrow();
        assertThat(found.bytes()).isEqualTo(c.bytes());
        assertThat(found.type()).isEqualTo(ContentType.MARKDOWN);
        assertThat(found.office()).isEqualTo(office);
    }

    @Test
    void the_largest_pdf_allowed_is_kept_whole() {
        byte[] bytes = new byte[Content.MAX_BYTES];
        new Random(7).nextBytes(bytes);
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        Content c = new Content(ContentId.random(), office, ContentType.PDF, bytes);
        store().put(c);
        assertThat(Arrays.equals(store().find(office, c.id()).orElseThrow().bytes(), bytes)).isTrue();
    }

    @Test
    void content_of_another_office_is_not_found() {
        Content c = markdown("office only");
        store().put(c);
        assertThat(store().find(KernelGenerators.freshOffice(), c.id())).isEmpty();
        store().delete(KernelGenerators.freshOffice(), c.id());
        assertThat(store().find(office, c.id())).isPresent();
    }

    @Test
    void a_second_put_under_the_same_id_is_refused_and_keeps_the_first() {
        Content c = markdown("first");
        store().put(c);
        Content clash = new Content(c.id(), office, ContentType.TEXT, "second".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> store().put(clash)).isInstanceOf(StorageException.class);
        assertThat(store().find(office, c.id()).orElseThrow().bytes()).isEqualTo(c.bytes());
        assertThat(store().find(office, c.id()).orElseThrow().type()).isEqualTo(ContentType.MARKDOWN);
    }

    @Test
    void deleted_content_is_gone_and_deleting_again_changes_nothing() {
        Content c = markdown("to delete");
        store().put(c);
        store().delete(office, c.id());
        assertThat(store().find(office, c.id())).isEmpty();
        store().delete(office, c.id());
        assertThat(store().find(office, ContentId.random())).isEmpty();
    }
}
