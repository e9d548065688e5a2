package io.vigil.people.port.in;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordsUseCase;
import java.util.List;
import java.util.Optional;

/** Register, change, remove and read the persons of the actor's office, dependents included. */
public interface ManagePersonsUseCase extends RecordsUseCase<PersonId, PersonDetails, PersonView> {

    /** Registers a person in the actor's office. */
    @Override
    PersonView create(Actor actor, PersonDetails details);

    /** Registers a person in the actor's office: {@link #create}. */
    default PersonView register(Actor actor, PersonDetails details) {
        return create(actor, details);
    }

    /**
     * Replaces a person's details; {@code expectedVersion} must be the current version. A write
     * never clears what the writer may not read: a contact or health field the actor may not read
     * (their view withholds it, empty) is kept as stored when the details leave it empty, and
     * replaced when they give it a value; so a redacted body put back unchanged erases nothing.
     */
    PersonView update(Actor actor, PersonId id, long expectedVersion, PersonDetails details);

    /** Removes a person who sponsors no dependents and lives in no residence. */
    void remove(Actor actor, PersonId id, long expectedVersion);

    /**
     * One person, with what the actor may not see withheld. A person whose profile the actor may
     * not read is not found, as one who does not exist (every call about one person answers so).
     */
    PersonView get(Actor actor, PersonId id);

    /**
     * The language the actor's own person prefers, for what writes to them in it (the console's
     * labels); empty for an actor without a person of their office, one who may not read that
     * profile or a person who prefers none. A granted read is audited naming the person; nothing
     * else of the profile is read.
     */
    Optional<Language> preferredLanguage(Actor actor);

    /** The office's persons; needs office-wide profile access. */
    Page<PersonView> list(Actor actor, PersonListQuery query, PageRequest page);

    /** The office's persons, unfiltered; needs office-wide profile access. */
    @Override
    default Page<PersonView> list(Actor actor, PageRequest page) {
        return list(actor, PersonListQuery.all(), page);
    }

    /** The dependents a sponsor is responsible for. */
    List<PersonView> dependents(Actor actor, PersonId sponsor);
}
