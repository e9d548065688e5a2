package io.vigil.wiring;

import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.kernel.access.Actor;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's documents section: per procedure with a current version, how many persons it applies
 * to and how many have not acknowledged it at {@code asOf} (counts of persons; the findings name them,
 * for security roles). A missing acknowledgement's record id is {@code <document id>/<person id>}.
 */
final class DocumentsReviewSource implements ReviewSource {
    private final DocumentsUseCases documents;

    DocumentsReviewSource(DocumentsUseCases documents) {
        this.documents = documents;
    }

    @Override
    public String key() {
        return "documents";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        MissingAcknowledgements missing = documents.dissemination().missing(reader, period.asOf());
        List<String> procedures = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        for (MissingAcknowledgements.Procedure p : missing.procedures()) {
            procedures.add(p.document().toString());
            for (MissingAcknowledgements.Person person : p.missing()) {
                String id = p.document() + "/" + person.person();
                gaps.add(id);
                details.add(new Finding(id, person.name() + " has not acknowledged " + p.title() + " version "
                        + p.currentVersion(), List.of(person.person())));
            }
        }
        ReviewSources.bounded(gaps, "missing acknowledgements");
        return new ReviewSection(key(), "Procedures and acknowledgements", procedures.size()
                + " procedures in force, " + gaps.size() + " acknowledgements missing", List.of(
                Figure.count("procedures", "Procedures in force", procedures),
                Figure.count("acknowledgementsMissing", "Acknowledgements missing", gaps)), List.of(), details);
    }
}
