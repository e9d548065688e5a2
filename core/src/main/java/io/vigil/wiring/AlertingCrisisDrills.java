package io.vigil.wiring;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.Score;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CommTestDetails;
import io.vigil.crisis.domain.AlertingRun;
import io.vigil.crisis.port.out.AlertingDrills;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** The crisis context's drills run through the alerting context's use cases (their access rules apply). */
public final class AlertingCrisisDrills implements AlertingDrills {
    private final AlertingUseCases alerting;
    private final Clock clock;

    /** Drills run through {@code alerting}, scored at the clock's time. */
    public AlertingCrisisDrills(AlertingUseCases alerting, Clock clock) {
        this.alerting = Objects.requireNonNull(alerting, "alerting");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AlertingRun startTest(Actor actor, CommTestDetails details) {
        return new AlertingRun(AlertingRun.Kind.COMMUNICATION_TEST,
                alerting.tests().start(actor, details).id().toString(), Optional.empty(), Optional.empty());
    }

    @Override
    public AlertingRun startTreeDrill(Actor actor, String tree, int targetMinutes) {
        TreeId id = tree(tree);
        Drill drill = alerting.phoneTrees().startDrill(actor, id, targetMinutes).drill();
        return new AlertingRun(AlertingRun.Kind.PHONE_TREE_DRILL, drill.id().toString(), Optional.of(id.toString()),
                Optional.empty());
    }

    @Override
    public AlertingRun.Score score(Actor actor, AlertingRun run) {
        if (run.kind() == AlertingRun.Kind.COMMUNICATION_TEST) {
            Score s = alerting.tests().result(actor, CommTestId.of(run.run())).score();
            return new AlertingRun.Score(s.audience(), s.answered(), s.targetMet(), s.verdict(), clock.instant());
        }
        Drill.Result r = alerting.phoneTrees().drill(actor, tree(run.tree().orElseThrow()), DrillId.of(run.run()))
                .result();
        return new AlertingRun.Score(r.reached().size() + r.unreached().size(), r.reached().size(), r.targetMet(),
                r.verdict(), clock.instant());
    }

    private static TreeId tree(String text) {
        try {
            return TreeId.of(text);
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of("tree", "must be the id of a phone tree, was '" + text + "'");
        }
    }
}
