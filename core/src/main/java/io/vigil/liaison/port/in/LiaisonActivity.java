package io.vigil.liaison.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.liaison.domain.DecisionOutcome;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.domain.OrganisationKind;
import java.time.Instant;
import java.util.List;

/**
 * The liaison figures of a period for a programme review, each with the ids of the records it
 * counts, and no personal data (no names): contacts reached in the period (distinct contacts with a
 * contact-log entry in it), by organisation kind; contacts stale at the end; information exchanges
 * obtained and shared, by level; meetings held, by series; action items (of meetings and associates'
 * tasks) opened and closed in the period, open and overdue at the end; advice given in the period,
 * and the decisions on it taken by the end (pending: none yet).
 */
public record LiaisonActivity(OfficeId office, Instant from, Instant to, Instant asOf,
                              ActivityFigure contactsReached, List<ByKind> reachedByKind,
                              ActivityFigure staleContacts,
                              ActivityFigure obtained, ActivityFigure shared, List<ByLevel> exchangesByLevel,
                              ActivityFigure meetings, List<BySeries> meetingsBySeries,
                              ActivityFigure actionsOpened, ActivityFigure actionsClosed,
                              ActivityFigure actionsOpen, ActivityFigure actionsOverdue,
                              ActivityFigure adviceGiven, List<ByOutcome> decisions, ActivityFigure decisionsPending) {
    public LiaisonActivity {
        Require.nonNull(office, "office");
        reachedByKind = Require.noNulls(reachedByKind, "reachedByKind");
        exchangesByLevel = Require.noNulls(exchangesByLevel, "exchangesByLevel");
        meetingsBySeries = Require.noNulls(meetingsBySeries, "meetingsBySeries");
        decisions = Require.noNulls(decisions, "decisions");
    }

    /** The contacts reached of one organisation kind (every kind listed, in declaration order). */
    public record ByKind(OrganisationKind kind, ActivityFigure contacts) {
    }

    /** The exchanges of one level, both directions (every level listed, lowest first). */
    public record ByLevel(InformationLevel level, ActivityFigure exchanges) {
    }

    /** The meetings held of one series (every series of the office, by name). */
    public record BySeries(MeetingSeriesId series, String name, ActivityFigure meetings) {
    }

    /** The advice given in the period decided so by the end (every outcome listed). */
    public record ByOutcome(DecisionOutcome outcome, ActivityFigure advice) {
    }
}
