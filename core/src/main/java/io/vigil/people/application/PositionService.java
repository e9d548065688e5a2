package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.ReportPositionUseCase;
import io.vigil.people.port.out.PositionLog;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Records reported positions (check-ins) and answers the last known position. */
final class PositionService implements ReportPositionUseCase {
    static final String TYPE = "position";
    private static final Duration MAX_SKEW = Duration.ofMinutes(1);

    private final PositionLog positions;
    private final PersonAccess access;
    private final References refs;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    PositionService(PositionLog positions, PersonAccess access, References refs, CommandValidator validator,
                    Clock clock) {
        this.positions = positions;
        this.access = access;
        this.refs = refs;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public PositionReport report(Actor actor, PositionDetails d) {
        validator.validate(d);
        refs.person(actor.office(), d.person(), "person");
        if (d.at().isAfter(clock.instant().plus(MAX_SKEW))) {
            throw InvalidCommandException.of("at", "must not be in the future");
        }
        PositionReport report = CommandValidator.build("body", () -> new PositionReport(UUID.randomUUID(),
                actor.office(), d.person(), d.at(), d.position(), d.source()));
        access.require(actor, Operation.WRITE, PeopleData.MOVEMENT, access.target(actor.office(), d.person()),
                AuditAction.CREATE, TYPE, report.id().toString());
        positions.append(report);
        return report;
    }

    @Override
    public Optional<PositionReport> lastKnown(Actor actor, PersonId person) {
        access.require(actor, Operation.READ, PeopleData.MOVEMENT, access.target(actor.office(), person),
                AuditAction.READ, TYPE, person.toString());
        return positions.latest(person).filter(r -> r.office().equals(actor.office()));
    }
}
