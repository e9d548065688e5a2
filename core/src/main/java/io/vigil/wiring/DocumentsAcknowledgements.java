package io.vigil.wiring;

import io.vigil.awareness.port.out.ProcedureAcknowledgements;
import io.vigil.documents.port.in.DisseminateDocumentsUseCase;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How the awareness context's compliance report learns who has not acknowledged the procedures that
 * apply to them: through the documents context's report of missing acknowledgements, read with the
 * actor's own access (refused, it yields nothing, and the documents context audits the refusal).
 */
public final class DocumentsAcknowledgements implements ProcedureAcknowledgements {
    private final DisseminateDocumentsUseCase dissemination;

    /** Over the documents context's dissemination use case. */
    public DocumentsAcknowledgements(DisseminateDocumentsUseCase dissemination) {
        this.dissemination = Require.nonNull(dissemination, "dissemination");
    }

    @Override
    public Optional<List<ProcedureStanding>> standing(Actor actor, Instant at) {
        MissingAcknowledgements report;
        try {
            report = dissemination.missing(actor, at);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
        return Optional.of(report.procedures().stream().map(p -> new ProcedureStanding(p.document().toString(),
                p.title(), p.currentVersion(), p.acknowledged().stream().map(MissingAcknowledgements.Person::person)
                        .toList(), p.missing().stream().map(MissingAcknowledgements.Person::person).toList()))
                .toList());
    }
}
