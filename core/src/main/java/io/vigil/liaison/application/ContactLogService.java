package io.vigil.liaison.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.in.ContactEntryDetails;
import io.vigil.liaison.port.in.ContactLogUseCase;
import io.vigil.liaison.port.out.ContactLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The contact log: append-only, bounded per office, as need-to-know as the contacts it names. */
final class ContactLogService implements ContactLogUseCase {
    static final String TYPE = "contact-entry";

    private final ContactLog log;
    private final LogAccess access;
    private final CommandValidator validator;
    private final Clock clock;

    ContactLogService(ContactLog log, LogAccess access, CommandValidator validator, Clock clock) {
        this.log = log;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public ContactEntry log(Actor actor, ContactEntryDetails details) {
        validator.validate(details);
        Instant now = clock.instant();
        LiaisonContact c = access.forEntry(actor, details.contact(), details.at(), now, TYPE);
        ContactEntry entry = CommandValidator.build("body", () -> new ContactEntry(ContactEntryId.random(),
                actor.office(), 0, c.id(), details.at(), details.mode(), details.topic(), actor.subject(), now));
        if (log.count(actor.office()) >= MAX_ENTRIES) {
            throw RefusedException.because("the office's contact log already keeps " + MAX_ENTRIES + " entries");
        }
        return log.save(entry);
    }

    @Override
    public ContactEntry get(Actor actor, ContactEntryId id) {
        return access.entry(actor, log.findById(id), TYPE, id, ContactEntry::contact, ContactEntry::office);
    }

    @Override
    public Page<ContactEntry> list(Actor actor, PageRequest page) {
        return access.page(actor, TYPE, () -> log.all(actor.office()), ContactEntry::contact, page);
    }

    @Override
    public List<ContactEntry> ofContact(Actor actor, LiaisonContactId contact) {
        return access.ofContact(actor, TYPE, contact, ContactEntry::contact, log::ofContact);
    }
}
