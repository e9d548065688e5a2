package io.vigil.documents.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.documents.port.out.NoticeGateway;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.port.in.RiskUseCases;

/** The documents context's one construction path, used by hand-wiring hosts and the Guice module alike. */
public final class DocumentsServices {
    private DocumentsServices() {
    }

    /**
     * The context's use cases over its ports, the gateway its notices are queued in and the alerting
     * context's notices that word them from the office's templates, the people
     * context's use cases (audiences) and the risk context's (the restricted-areas list), and the kernel.
     */
    public static DocumentsUseCases create(DocumentsPorts ports, NoticeGateway notices, NoticesUseCase wording,
                                           PeopleUseCases people, RiskUseCases risk, Kernel kernel) {
        AccessGuard guard = kernel.guard();
        DocumentService library = new DocumentService(ports.documents(), ports.contents(), ports.disseminations(),
                risk.areaList(), people.offices(), guard, kernel.commands(), kernel.clock());
        return new DocumentsUseCases(library, new DisseminationService(ports.disseminations(), library,
                new Audiences(people), notices, wording, guard, kernel.commands(), kernel.clock()));
    }
}
