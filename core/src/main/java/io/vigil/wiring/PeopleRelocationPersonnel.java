package io.vigil.wiring;

import io.vigil.crisis.domain.EvacuationList;
import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.port.out.RelocationPersonnel;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonCard;
import io.vigil.people.port.in.PersonCardsUseCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The persons a relocation list is built from, read through the people context's {@code port.in}:
 * the locator at the instant (its access rules and audit apply: the actor needs to read residences
 * and movements) and the person cards (name, category, sponsor). A person the locator places in the
 * area is never dropped: one whose card the actor may not read is listed under their id as their own
 * household, in the category read last by default ({@code NATIONAL_STAFF}).
 */
public final class PeopleRelocationPersonnel implements RelocationPersonnel {
    private final PeopleUseCases people;

    /** Persons read through the people context's use cases. */
    public PeopleRelocationPersonnel(PeopleUseCases people) {
        this.people = Objects.requireNonNull(people, "people");
    }

    @Override
    public List<EvacuationList.Candidate> present(Actor actor, List<GeoPoint> outline, Instant at, int limit) {
        LocatorResult found = people.locator().locate(actor, new LocateQuery(outline, at, at));
        List<PersonId> persons = found.persons();
        if (persons.size() > limit) {
            persons = persons.subList(0, limit + 1);
        }
        Map<PersonId, String> places = found.reasons();
        Map<PersonId, PersonCard> cards = new HashMap<>();
        for (int i = 0; i < persons.size(); i += PersonCardsUseCase.MAX_PERSONS) {
            cards.putAll(people.cards().cards(actor, persons.subList(i, Math.min(persons.size(),
                    i + PersonCardsUseCase.MAX_PERSONS))));
        }
        List<EvacuationList.Candidate> candidates = new ArrayList<>(persons.size());
        for (PersonId p : persons) {
            PersonCard card = cards.get(p);
            String place = places.getOrDefault(p, "in the area");
            candidates.add(card == null
                    ? new EvacuationList.Candidate(p, "person " + p, EvacueeCategory.NATIONAL_STAFF, p, place)
                    : new EvacuationList.Candidate(p, card.name(), category(card.category()),
                            card.sponsor().map(PersonCard.Member::person).orElse(p), place));
        }
        return candidates;
    }

    /** The list's category of a person's category in the personnel records: the same name. */
    static EvacueeCategory category(String personCategory) {
        return EvacueeCategory.valueOf(personCategory);
    }

    @Override
    public List<GeoPoint> zoneOutline(Actor actor, WardenZoneId zone, String field) {
        try {
            return people.zones().get(actor, zone).outline();
        } catch (NotFoundException e) {
            throw InvalidCommandException.of(field, "is not a warden zone of office " + actor.office() + ": " + zone);
        }
    }
}
