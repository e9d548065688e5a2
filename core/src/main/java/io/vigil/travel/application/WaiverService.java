package io.vigil.travel.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.travel.domain.TravelData;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import io.vigil.travel.port.in.ManageWaiversUseCase;
import io.vigil.travel.port.in.WaiverDetails;
import io.vigil.travel.port.out.WaiverRegistry;
import java.time.Clock;
import java.util.function.Consumer;

/** Training waivers, each about its traveller; a change re-decides the office's live clearances. */
final class WaiverService extends GuardedRecordsService<WaiverId, WaiverDetails, Waiver> implements ManageWaiversUseCase {
    private final WaiverRegistry waivers;
    private final CommandValidator validator;
    private final Clock clock;
    private final Consumer<Actor> changed;

    WaiverService(WaiverRegistry waivers, AccessGuard guard, CommandValidator validator, Clock clock,
                  Consumer<Actor> changed) {
        super(new GuardedRecords<>("waiver", TravelData.WAIVERS, waivers, waivers::list, guard)
                .about(w -> ClearanceService.target(w.office(), w.traveller())));
        this.waivers = waivers;
        this.validator = validator;
        this.clock = clock;
        this.changed = changed;
    }

    @Override
    public Waiver create(Actor actor, WaiverDetails details) {
        validator.validate(details);
        Waiver built = build(actor, WaiverId.random(), 0, details);
        Waiver saved = records.create(actor, built, waivers::count, MAX_WAIVERS, "waivers");
        changed.accept(actor);
        return saved;
    }

    @Override
    public Waiver update(Actor actor, WaiverId id, long expectedVersion, WaiverDetails details) {
        validator.validate(details);
        Waiver saved = records.update(actor, id, current -> {
            Waiver b = build(actor, id, expectedVersion, details);
            return new Waiver(id, b.office(), expectedVersion, b.traveller(), b.course(), b.approver(), b.reason(),
                    b.validUntil(), current.recordedAt(), current.recordedBy());
        });
        changed.accept(actor);
        return saved;
    }

    @Override
    public void remove(Actor actor, WaiverId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion);
        changed.accept(actor);
    }

    private Waiver build(Actor actor, WaiverId id, long version, WaiverDetails d) {
        return CommandValidator.build("body", () -> new Waiver(id, actor.office(), version, d.traveller(), d.course(),
                d.approver(), d.reason(), d.validUntil(), clock.instant(), actor.subject()));
    }
}
