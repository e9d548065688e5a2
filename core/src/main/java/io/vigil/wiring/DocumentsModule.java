package io.vigil.wiring;

import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.documents.application.DocumentsServices;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.kernel.Kernel;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.port.in.RiskUseCases;

/**
 * The documents context (the library, dissemination with acknowledgement): its use cases from its
 * ports, the message gateway, the alerting context's notices (their wording), the people and risk
 * contexts' use cases and the kernel.
 */
public final class DocumentsModule extends ContextModule {

    /** The module binding {@link DocumentsUseCases}. */
    public DocumentsModule() {
        super(DocumentsUseCases.class);
    }

    @Provides
    @Singleton
    DocumentsUseCases useCases(DocumentsPorts ports, MessageGateway gateway, AlertingUseCases alerting,
                               PeopleUseCases people, RiskUseCases risk, Kernel kernel) {
        return DocumentsServices.create(ports, new GatewayNotices(gateway, kernel.clock()), alerting.notices(), people,
                risk, kernel);
    }
}
