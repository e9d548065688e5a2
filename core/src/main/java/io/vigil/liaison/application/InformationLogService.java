package io.vigil.liaison.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.in.ExchangeDetails;
import io.vigil.liaison.port.in.InformationLogUseCase;
import io.vigil.liaison.port.out.InformationLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The information log: append-only, bounded per office, as need-to-know as the contacts it names; sharing above a contact's level is refused. */
final class InformationLogService implements InformationLogUseCase {
    static final String TYPE = "information-exchange";

    private final InformationLog log;
    private final LogAccess access;
    private final CommandValidator validator;
    private final Clock clock;

    InformationLogService(InformationLog log, LogAccess access, CommandValidator validator, Clock clock) {
        this.log = log;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public InformationExchange record(Actor actor, ExchangeDetails details) {
        validator.validate(details);
        Instant now = clock.instant();
        LiaisonContact c = access.forEntry(actor, details.contact(), details.at(), now, TYPE);
        InformationExchange.admissible(c, details.direction(), details.level()).orElseThrow();
        InformationExchange entry = CommandValidator.build("body", () -> new InformationExchange(ExchangeId.random(),
                actor.office(), 0, c.id(), details.at(), details.direction(), details.level(), details.summary(),
                actor.subject(), now));
        if (log.count(actor.office()) >= MAX_EXCHANGES) {
            throw RefusedException.because("the office's information log already keeps " + MAX_EXCHANGES + " entries");
        }
        return log.save(entry);
    }

    @Override
    public InformationExchange get(Actor actor, ExchangeId id) {
        return access.entry(actor, log.findById(id), TYPE, id, InformationExchange::contact, InformationExchange::office);
    }

    @Override
    public Page<InformationExchange> list(Actor actor, PageRequest page) {
        return access.page(actor, TYPE, () -> log.all(actor.office()), InformationExchange::contact, page);
    }

    @Override
    public List<InformationExchange> ofContact(Actor actor, LiaisonContactId contact) {
        return access.ofContact(actor, TYPE, contact, InformationExchange::contact, log::ofContact);
    }
}
