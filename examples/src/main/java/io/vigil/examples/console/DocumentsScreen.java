package io.vigil.examples.console;

import io.vigil.documents.domain.Classification;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.ManageDocumentsUseCase;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Documents: the library by classification (only what the viewer may read), who has not
 * acknowledged the procedures that apply to them, and the viewer's own acknowledgements to give
 * (those sent to them and not yet acknowledged, when their role may list the disseminations, and a
 * form taking the reference their notice gave); a document with its versions, its disseminations
 * and who has not acknowledged its current version.
 */
public final class DocumentsScreen implements Screen {
    /** The most disseminations read (latest first) to find a document's or the viewer's own. */
    static final int MAX_DISSEMINATIONS = 100;

    private final DocumentsUseCases documents;

    DocumentsScreen(DocumentsUseCases documents) {
        this.documents = documents;
    }

    /** The library's model. */
    public record Library(Frame frame, List<Shelf> shelves, Shown<List<MissingAcknowledgements.Procedure>> missing,
                          boolean person, Shown<List<Pending>> pending) {
    }

    /** The documents of one classification the viewer may read, by title. */
    public record Shelf(Classification classification, List<Document> documents) {
    }

    /** A dissemination sent to the viewer and not yet acknowledged, with its document's title. */
    public record Pending(Dissemination dissemination, String title) {
    }

    /** A document's model: it, its disseminations, who has and has not acknowledged its current version. */
    public record DocumentPage(Frame frame, Document document, Shown<List<Dissemination>> disseminations,
                               Shown<Optional<MissingAcknowledgements.Procedure>> acknowledgements) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("documents", "Documents", Console.PREFIX + "/documents"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/documents", r -> {
            List<Document> readable = documents.documents().list(r.actor(),
                    PageRequest.first(ManageDocumentsUseCase.MAX_DOCUMENTS)).items();
            Map<Classification, List<Document>> by = readable.stream().collect(Collectors.groupingBy(
                    Document::classification));
            List<Shelf> shelves = new ArrayList<>();
            for (Classification c : Classification.values()) {
                if (by.containsKey(c)) {
                    shelves.add(new Shelf(c, by.get(c)));
                }
            }
            Map<DocumentId, String> titles = readable.stream().collect(Collectors.toMap(Document::id, Document::title));
            Shown<List<MissingAcknowledgements.Procedure>> missing = Shown.of("Acknowledgements", () -> documents
                    .dissemination().missing(r.actor(), r.now()).procedures());
            Optional<PersonId> person = r.actor().person();
            Shown<List<Pending>> pending = Shown.of("The list of documents sent to you", () -> person.map(p ->
                    pending(r.actor(), p, titles)).orElse(List.of()));
            return r.render("documents/library.jte", new Library(r.frame(r.t("title.documents"), "documents"), shelves, missing,
                    person.isPresent(), pending));
        });
        routes.page("/documents/{id}", r -> {
            Fields f = new Fields();
            Optional<DocumentId> id = f.id("id", r.path("id"), DocumentId::of);
            f.check();
            Document d = documents.documents().get(r.actor(), id.orElseThrow());
            return r.render("documents/document.jte", new DocumentPage(r.frame(d.title(), "documents"), d,
                    Shown.of("Disseminations", () -> documents.dissemination().list(r.actor(),
                            PageRequest.first(MAX_DISSEMINATIONS)).items().stream()
                            .filter(s -> s.document().equals(d.id())).toList()),
                    Shown.of("Acknowledgements", () -> documents.dissemination().missing(r.actor(), r.now())
                            .procedures().stream().filter(p -> p.document().equals(d.id())).findFirst())));
        });
        routes.form("/documents/acknowledgements", r -> {
            Fields f = new Fields();
            Optional<DisseminationId> reference = f.id("reference", r.form("reference"), DisseminationId::of);
            if (r.form("reference") == null || r.form("reference").isBlank()) {
                f.required("reference", r.form("reference"));
            }
            f.check();
            documents.dissemination().acknowledge(r.actor(), reference.orElseThrow());
            return "/documents";
        });
    }

    private List<Pending> pending(Actor actor, PersonId person, Map<DocumentId, String> titles) {
        return documents.dissemination().list(actor, PageRequest.first(MAX_DISSEMINATIONS)).items().stream()
                .filter(d -> d.recipients().contains(person))
                .filter(d -> d.acknowledgements().stream().noneMatch(a -> a.person().equals(person)))
                .map(d -> new Pending(d, titles.getOrDefault(d.document(), "a document")))
                .toList();
    }
}
