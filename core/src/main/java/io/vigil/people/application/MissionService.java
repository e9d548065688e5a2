package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.port.in.ManageMissionsUseCase;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.out.MissionRegistry;
import jakarta.inject.Inject;
import java.util.List;

/** Plans and reads missions; itineraries are movement data, so reads are audited. */
final class MissionService extends GuardedRecordsService<MissionId, MissionDetails, Mission>
        implements ManageMissionsUseCase {
    static final String TYPE = "mission";

    private final MissionRegistry missions;
    private final PersonAccess access;
    private final References refs;
    private final CommandValidator validator;
    private final SpanLimits spans;

    @Inject
    MissionService(MissionRegistry missions, PersonAccess access, References refs, CommandValidator validator,
                   SpanLimits spans) {
        super(access.records(TYPE, PeopleData.MOVEMENT, missions, missions::list)
                .aboutPersons(Mission::members, access::target));
        this.missions = missions;
        this.access = access;
        this.refs = refs;
        this.validator = validator;
        this.spans = spans;
    }

    @Override
    public Mission create(Actor actor, MissionDetails details) {
        return records.create(actor, build(actor, MissionId.random(), 0, details));
    }

    @Override
    public Mission update(Actor actor, MissionId id, long expectedVersion, MissionDetails details) {
        return records.update(actor, id, current -> build(actor, id, expectedVersion, details));
    }

    @Override
    public List<Mission> ofPerson(Actor actor, PersonId person) {
        return access.ofPerson(actor, PeopleData.MOVEMENT, TYPE, person, missions::ofPerson);
    }

    private Mission build(Actor actor, MissionId id, long version, MissionDetails d) {
        validator.validate(d);
        checkSpans(d);
        refs.allExist(actor.office(), d.members(), "members");
        return CommandValidator.build("body", () -> new Mission(id, actor.office(), version, d.name(),
                d.purpose(), d.members(), d.legs(), d.stays()));
    }

    /** Refuses a leg or a hotel stay longer than the limits, naming its end. */
    private void checkSpans(MissionDetails d) {
        for (int i = 0; i < d.legs().size(); i++) {
            ItineraryLeg leg = d.legs().get(i);
            if (!spans.legFits(leg.departure(), leg.arrival())) {
                throw InvalidCommandException.of("legs[" + i + "].arrival",
                        "must be at most " + spans.legDays() + " days after departure, was " + leg.arrival());
            }
        }
        for (int i = 0; i < d.stays().size(); i++) {
            HotelStay stay = d.stays().get(i);
            if (!spans.stayFits(stay.checkIn(), stay.checkOut())) {
                throw InvalidCommandException.of("stays[" + i + "].checkOut",
                        "must be at most " + spans.stayDays() + " days after checkIn, was " + stay.checkOut());
            }
        }
    }
}
