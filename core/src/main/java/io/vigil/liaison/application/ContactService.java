package io.vigil.liaison.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.domain.Staleness;
import io.vigil.liaison.port.in.ContactsUseCase;
import io.vigil.liaison.port.in.LiaisonContactDetails;
import io.vigil.liaison.port.in.StaleContact;
import io.vigil.liaison.port.out.ContactDirectory;
import io.vigil.liaison.port.out.ContactLog;
import io.vigil.liaison.port.out.InformationLog;
import io.vigil.liaison.port.out.OrganisationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The contacts: need-to-know for confidential ones (see {@link ContactAccess}), staleness from the contact log. */
final class ContactService implements ContactsUseCase {
    private final ContactDirectory contacts;
    private final OrganisationRegistry organisations;
    private final ContactLog log;
    private final InformationLog exchanges;
    private final ContactAccess access;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    ContactService(ContactDirectory contacts, OrganisationRegistry organisations, ContactLog log,
                   InformationLog exchanges, ContactAccess access, AccessGuard guard, CommandValidator validator,
                   Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.log = log;
        this.exchanges = exchanges;
        this.access = access;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public LiaisonContact create(Actor actor, LiaisonContactDetails details) {
        LiaisonContact built = build(actor, LiaisonContactId.random(), 0, details, clock.instant());
        access.require(actor, Operation.WRITE, built, AuditAction.CREATE);
        if (contacts.count(actor.office()) >= MAX_CONTACTS) {
            throw RefusedException.because("the office already keeps " + MAX_CONTACTS + " contacts");
        }
        return contacts.save(built);
    }

    @Override
    public LiaisonContact get(Actor actor, LiaisonContactId id) {
        return access.load(actor, id, Operation.READ, AuditAction.READ);
    }

    @Override
    public LiaisonContact update(Actor actor, LiaisonContactId id, long expectedVersion, LiaisonContactDetails details) {
        LiaisonContact current = access.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        LiaisonContact built = build(actor, id, expectedVersion, details, current.since());
        access.require(actor, Operation.WRITE, built, AuditAction.UPDATE);
        return contacts.save(built);
    }

    @Override
    public void remove(Actor actor, LiaisonContactId id, long expectedVersion) {
        LiaisonContact current = access.load(actor, id, Operation.WRITE, AuditAction.DELETE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(ContactAccess.TYPE, id, expectedVersion, current.version());
        }
        int logged = log.ofContact(current.office(), id).size() + exchanges.ofContact(current.office(), id).size();
        if (logged > 0) {
            throw RefusedException.because(current.name() + " has " + logged + " entries in the contact and"
                    + " information logs, which are kept; the contact is kept with them");
        }
        contacts.delete(id, expectedVersion);
    }

    @Override
    public Page<LiaisonContact> list(Actor actor, PageRequest page) {
        Page<LiaisonContact> shown = Page.of(readable(actor), page);
        access.auditExposed(actor, AuditAction.LIST, shown.items());
        return shown;
    }

    @Override
    public List<StaleContact> stale(Actor actor, Instant at) {
        List<LiaisonContact> readable = readable(actor);
        Map<OrganisationId, Organisation> orgs = organisations.all(actor.office()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<LiaisonContactId, Instant> last = lastReached(log.all(actor.office()), at);
        List<StaleContact> stale = readable.stream().filter(c -> orgs.containsKey(c.organisation()))
                .filter(c -> !c.since().isAfter(at))
                .map(c -> {
                    Organisation o = orgs.get(c.organisation());
                    return new StaleContact(c, o.kind(), Staleness.at(at, last.getOrDefault(c.id(), c.since()),
                            c.staleAfterDays(o.kind())));
                })
                .filter(s -> s.staleness().stale())
                .sorted(Comparator.comparing((StaleContact s) -> s.staleness().lastReached())
                        .thenComparing(s -> s.contact().id().toString()))
                .toList();
        access.auditExposed(actor, AuditAction.LIST, stale.stream().map(StaleContact::contact).toList());
        return stale;
    }

    /** The latest entry at or before {@code at} of each contact reached. */
    static Map<LiaisonContactId, Instant> lastReached(List<ContactEntry> entries, Instant at) {
        return entries.stream().filter(e -> !e.at().isAfter(at))
                .collect(Collectors.toMap(ContactEntry::contact, ContactEntry::at, (a, b) -> a.isAfter(b) ? a : b));
    }

    /** The office's contacts the actor may read, by name; a list needs the ordinary contacts' class. */
    private List<LiaisonContact> readable(Actor actor) {
        String basis = guard.requireQuietly(actor, Operation.READ, LiaisonData.LIAISON_CONTACTS,
                AccessTarget.office(actor.office()), AuditAction.LIST, ContactAccess.TYPE, actor.office().value());
        guard.record(actor, AuditAction.LIST, ContactAccess.TYPE, actor.office().value(), LiaisonData.LIAISON_CONTACTS,
                new AccessDecision.Granted(basis), List.of());
        return contacts.all(actor.office()).stream().filter(c -> access.readable(actor, c)).toList();
    }

    private LiaisonContact build(Actor actor, LiaisonContactId id, long version, LiaisonContactDetails d,
                                 Instant since) {
        validator.validate(d);
        Optional<Organisation> org = organisations.findById(d.organisation())
                .filter(o -> o.office().equals(actor.office()));
        if (org.isEmpty()) {
            throw InvalidCommandException.of("organisation", "must be an organisation of office " + actor.office()
                    + "; " + d.organisation() + " is none");
        }
        return CommandValidator.build("body", () -> new LiaisonContact(id, actor.office(), version, d.organisation(),
                d.name(), d.role(), Objects.requireNonNullElse(d.channels(), List.of()), d.sensitivity(),
                d.clearedTo(), Optional.ofNullable(d.staleAfterDays()), since));
    }
}
