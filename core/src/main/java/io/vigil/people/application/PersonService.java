package io.vigil.people.application;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.domain.PersonnelEvent;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.ResidenceRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Registers, changes, removes and reads persons under the need-to-know policy. */
final class PersonService implements ManagePersonsUseCase {
    static final String TYPE = "person";

    private final PersonDirectory persons;
    private final ResidenceRegistry residences;
    private final PersonAccess access;
    private final GuardedRecords<PersonId, Person> records;
    private final References refs;
    private final CommandValidator validator;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    PersonService(PersonDirectory persons, ResidenceRegistry residences, PersonAccess access, References refs,
                  CommandValidator validator, DomainEventPublisher events, Clock clock) {
        this.persons = persons;
        this.residences = residences;
        this.access = access;
        this.records = access.<PersonId, Person>records(TYPE, PeopleData.PROFILE, persons, null).about(access::target);
        this.refs = refs;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PersonView create(Actor actor, PersonDetails details) {
        validator.validate(details);
        Person saved = records.create(actor, build(actor, PersonId.random(), 0, details));
        events.publish(new PersonnelEvent.PersonChanged(saved.office(), clock.instant(), saved.id()));
        return view(actor, saved);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A write never clears what the writer may not read: a contact or health field the actor
     * may not read (their view withholds it, so a body read back from it leaves it empty) is kept
     * as stored when the body leaves it empty, and replaced when the body gives it a value.
     */
    @Override
    public PersonView update(Actor actor, PersonId id, long expectedVersion, PersonDetails details) {
        validator.validate(details);
        return unknownIfHidden(actor, id, () -> replace(actor, id, expectedVersion, details));
    }

    private PersonView replace(Actor actor, PersonId id, long expectedVersion, PersonDetails details) {
        Person current = records.find(actor, id);
        AccessTarget target = access.target(current);
        Person changed = build(actor, id, expectedVersion, keepingUnread(details, current, withheld(actor, target)));
        access.require(actor, Operation.WRITE, writtenClass(current, changed), target, AuditAction.UPDATE, TYPE,
                id.toString());
        if (current.sponsor().isEmpty() && changed.category() == PersonCategory.DEPENDENT
                && !persons.dependentsOf(id).isEmpty()) {
            throw RefusedException.because("person " + id + " sponsors dependents and cannot become a dependent");
        }
        Person saved = persons.save(changed);
        events.publish(new PersonnelEvent.PersonChanged(saved.office(), clock.instant(), saved.id()));
        return view(actor, saved);
    }

    @Override
    public void remove(Actor actor, PersonId id, long expectedVersion) {
        Person removed = unknownIfHidden(actor, id, () -> records.remove(actor, id, expectedVersion, current -> {
            if (!persons.dependentsOf(id).isEmpty()) {
                throw RefusedException.because("person " + id + " still sponsors dependents; remove or re-sponsor them"
                        + " first");
            }
            if (!residences.ofPerson(id).isEmpty()) {
                throw RefusedException.because("person " + id + " still has residences on record; remove them first");
            }
        }));
        events.publish(new PersonnelEvent.PersonRemoved(removed.office(), clock.instant(), id));
    }

    @Override
    public PersonView get(Actor actor, PersonId id) {
        Person p = records.find(actor, id);
        AccessTarget target = access.target(p);
        unknownIfHidden(actor, id, () -> access.require(actor, Operation.READ, PeopleData.PROFILE, target,
                AuditAction.READ, TYPE, id.toString()));
        PersonView v = view(actor, p, target);
        auditSensitive(actor, id, v, target);
        return v;
    }

    @Override
    public Optional<Language> preferredLanguage(Actor actor) {
        Optional<Person> own = actor.person().flatMap(persons::findById).filter(p -> p.office().equals(actor.office()));
        if (own.isEmpty()) {
            return Optional.empty();
        }
        AccessDecision decision = access.check(actor, Operation.READ, PeopleData.PROFILE, access.target(own.get()));
        if (!decision.granted()) {
            return Optional.empty();
        }
        access.audit(actor, AuditAction.READ, TYPE, own.get().id().toString(), PeopleData.PROFILE, decision.reason(),
                List.of(own.get().id()));
        return own.get().language();
    }

    @Override
    public Page<PersonView> list(Actor actor, PersonListQuery query, PageRequest page) {
        validator.validate(query);
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.PROFILE, AuditAction.LIST, TYPE);
        PersonFilter filter = new PersonFilter(Optional.ofNullable(query.category()),
                Optional.ofNullable(query.orgUnit()), Optional.ofNullable(query.nameContains()));
        Page<PersonView> result = persons.list(actor.office(), filter, page).map(p -> view(actor, p));
        List<PersonId> exposed = result.items().stream().filter(v -> !v.withheld().contains(PeopleData.CONTACT))
                .map(v -> v.person().id()).toList();
        if (!exposed.isEmpty()) {
            access.audit(actor, AuditAction.LIST, TYPE, actor.office().value(), PeopleData.CONTACT, basis,
                    exposed);
        }
        return result;
    }

    @Override
    public List<PersonView> dependents(Actor actor, PersonId sponsor) {
        unknownIfHidden(actor, sponsor, () -> records.load(actor, sponsor, Operation.READ, AuditAction.LIST));
        return persons.dependentsOf(sponsor).stream().filter(d -> d.office().equals(actor.office()))
                .map(d -> view(actor, d)).toList();
    }

    /**
     * Runs a call about one person. A refusal is answered as not found, the same as for a person
     * who does not exist, when the actor may not read the person's profile (and so may not know
     * they exist: like a person of another office); the refusal stays in the audit trail.
     */
    private <T> T unknownIfHidden(Actor actor, PersonId id, Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            boolean known = persons.findById(id)
                    .map(p -> access.check(actor, Operation.READ, PeopleData.PROFILE, access.target(p)).granted())
                    .orElse(false);
            if (known) {
                throw e;
            }
            throw new NotFoundException(TYPE, id);
        }
    }

    private Person build(Actor actor, PersonId id, long version, PersonDetails d) {
        if (d.sponsor() != null) {
            Person sponsor = refs.person(actor.office(), d.sponsor(), "sponsor");
            if (sponsor.category() == PersonCategory.DEPENDENT) {
                throw InvalidCommandException.of("sponsor", "a dependent cannot sponsor another dependent");
            }
        }
        return CommandValidator.build("body", () -> new Person(id, actor.office(), version, d.givenName(),
                d.familyName(), d.category(), d.orgUnit(), Optional.ofNullable(d.sponsor()), d.contacts(),
                d.emergencyContacts(), Optional.ofNullable(d.specialNeeds()), Optional.ofNullable(d.bloodType()),
                Optional.ofNullable(d.language())));
    }

    /** The most protected class a change touches: profile changes need PROFILE write, else contact/health. */
    private static DataClass writtenClass(Person before, Person after) {
        boolean profile = !(before.givenName().equals(after.givenName()) && before.familyName().equals(after.familyName())
                && before.category() == after.category() && before.orgUnit().equals(after.orgUnit())
                && before.sponsor().equals(after.sponsor()) && before.language().equals(after.language()));
        if (profile) {
            return PeopleData.PROFILE;
        }
        boolean contact = !(before.contacts().equals(after.contacts())
                && before.emergencyContacts().equals(after.emergencyContacts()));
        return contact ? PeopleData.CONTACT : PeopleData.HEALTH;
    }

    private PersonView view(Actor actor, Person p) {
        return view(actor, p, access.target(p));
    }

    private PersonView view(Actor actor, Person p, AccessTarget target) {
        Set<DataClass> withheld = withheld(actor, target);
        return new PersonView(p.without(withheld), withheld);
    }

    /** The sensitive classes of a person's data the actor may not read. */
    private Set<DataClass> withheld(Actor actor, AccessTarget target) {
        Set<DataClass> withheld = new LinkedHashSet<>();
        for (DataClass c : List.of(PeopleData.CONTACT, PeopleData.HEALTH)) {
            if (!access.check(actor, Operation.READ, c, target).granted()) {
                withheld.add(c);
            }
        }
        return withheld;
    }

    /** The details with each field of an unreadable class that they leave empty taken from the stored person. */
    private static PersonDetails keepingUnread(PersonDetails d, Person stored, Set<DataClass> unreadable) {
        boolean contact = unreadable.contains(PeopleData.CONTACT);
        boolean health = unreadable.contains(PeopleData.HEALTH);
        return new PersonDetails(d.givenName(), d.familyName(), d.category(), d.orgUnit(), d.sponsor(),
                contact && d.contacts().isEmpty() ? stored.contacts() : d.contacts(),
                contact && d.emergencyContacts().isEmpty() ? stored.emergencyContacts() : d.emergencyContacts(),
                health && (d.specialNeeds() == null || d.specialNeeds().isBlank())
                        ? stored.specialNeeds().orElse(null) : d.specialNeeds(),
                health && d.bloodType() == null ? stored.bloodType().orElse(null) : d.bloodType());
    }

    private void auditSensitive(Actor actor, PersonId id, PersonView v, AccessTarget target) {
        for (DataClass c : List.of(PeopleData.CONTACT, PeopleData.HEALTH)) {
            if (!v.withheld().contains(c)) {
                access.audit(actor, AuditAction.READ, TYPE, id.toString(), c,
                        access.check(actor, Operation.READ, c, target).reason(), List.of(id));
            }
        }
    }
}
