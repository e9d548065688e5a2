package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.documents.domain.DocumentAcknowledgement;
import io.vigil.documents.domain.DocumentAudience;
import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.ContentType;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.domain.DocumentKind;
import io.vigil.documents.domain.DocumentVersion;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the documents context. */
public final class DocumentsGenerators {
    private DocumentsGenerators() {
    }

    /** Documents of the office of any kind and classification, with 0 to 3 versions (none if generated), version 0. */
    public static Gen<Document> documents(OfficeId office) {
        Gen<DocumentKind> kinds = Generate.enumValues(DocumentKind.class);
        Gen<Classification> classes = Generate.enumValues(Classification.class);
        return names().zip(kinds, classes, instants(), Generate.range(0, 3), (title, kind, classification, at, n) ->
                new Document(DocumentId.random(), office, 0, kind, title + " procedure", "Security officer",
                        classification, LocalDate.ofInstant(at, ZoneOffset.UTC),
                        kind.procedure() ? Optional.of(DocumentAudience.everyone()) : Optional.empty(),
                        kind.generated() ? List.of() : IntStream.rangeClosed(1, n).mapToObj(i -> new DocumentVersion(i,
                                ContentId.random(), ContentType.MARKDOWN, 100L * i, "0".repeat(64), "revision " + i,
                                at.plusSeconds(i), "officer")).toList()));
    }

    /** Disseminations of the office, of a random document, to 1 to 5 persons of whom some acknowledged, version 0. */
    public static Gen<Dissemination> disseminations(OfficeId office) {
        Gen<List<Boolean>> acks = lists().of(Generate.booleans()).ofSizeBetween(1, 5);
        return instants().zip(acks, Generate.range(1, 4), (at, acked, v) -> {
            List<PersonId> recipients = acked.stream().map(a -> PersonId.random()).toList();
            List<DocumentAcknowledgement> acknowledgements = IntStream.range(0, recipients.size()).filter(acked::get)
                    .mapToObj(i -> new DocumentAcknowledgement(recipients.get(i), at.plusSeconds(60L * (i + 1)))).toList();
            return new Dissemination(DisseminationId.random(), office, 0, DocumentId.random(), v, DocumentAudience.everyone(),
                    EnumSet.of(NoticeChannel.EMAIL), at, "officer", recipients, acknowledgements);
        });
    }
}
