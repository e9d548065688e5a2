package io.vigil.movement.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A protective operation: a senior official's visit, a conference, a field visit or a retreat. Its
 * members (persons of the office), its dates, its programme (items at the risk context's assessed
 * venues, each in its time window), its advance site assessment, its protective measures (each tied
 * to a threat), its requests for host-government or private security support, and the travel
 * clearance requests created for its members.
 */
public record Visit(VisitId id, OfficeId office, long version, String title, VisitKind kind,
                    Optional<String> principal, List<PersonId> members, Instant starts, Instant ends,
                    List<ProgrammeItem> programme, Optional<SiteAssessment> advance, List<ProtectiveMeasure> measures,
                    List<SupportRequest> support, List<MemberClearance> clearances)
        implements Versioned<VisitId, Visit> {
    /** The most members of one visit. */
    public static final int MAX_MEMBERS = 50;
    /** The most programme items of one visit. */
    public static final int MAX_PROGRAMME = 60;
    /** The most protective measures of one visit. */
    public static final int MAX_MEASURES = 40;
    /** The most support requests of one visit. */
    public static final int MAX_SUPPORT = 20;
    /** The longest visit, in days. */
    public static final int MAX_DAYS = 60;

    public Visit {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        title = Require.text(title, "title", 200);
        Require.nonNull(kind, "kind");
        principal = Require.nonNull(principal, "principal").map(p -> Require.text(p, "principal", 200));
        members = Require.noNulls(members, "members");
        Require.that(!members.isEmpty() && members.size() <= MAX_MEMBERS, "members",
                "must name 1 to " + MAX_MEMBERS + " persons");
        Require.that(members.stream().distinct().count() == members.size(), "members", "must name each person once");
        Require.nonNull(starts, "starts");
        Require.nonNull(ends, "ends");
        Require.that(ends.isAfter(starts), "ends", "must be after starts");
        Require.that(!ends.isAfter(starts.plus(java.time.Duration.ofDays(MAX_DAYS))), "ends",
                "must be at most " + MAX_DAYS + " days after starts");
        programme = Require.noNulls(programme, "programme");
        Require.that(programme.size() <= MAX_PROGRAMME, "programme", "must be at most " + MAX_PROGRAMME + " items");
        for (int i = 0; i < programme.size(); i++) {
            ProgrammeItem item = programme.get(i);
            Require.that(!item.from().isBefore(starts) && !item.to().isAfter(ends), "programme[" + i + "]",
                    "must lie between the visit's start and end");
        }
        Require.nonNull(advance, "advance");
        measures = Require.noNulls(measures, "measures");
        Require.that(measures.size() <= MAX_MEASURES, "measures", "must be at most " + MAX_MEASURES);
        support = Require.noNulls(support, "support");
        Require.that(support.size() <= MAX_SUPPORT, "support", "must be at most " + MAX_SUPPORT + " requests");
        Require.that(support.stream().map(SupportRequest::id).distinct().count() == support.size(), "support",
                "must hold each request once");
        clearances = Require.noNulls(clearances, "clearances");
        Require.that(clearances.stream().map(MemberClearance::member).distinct().count() == clearances.size(),
                "clearances", "must hold one clearance per member");
    }

    /** This visit's advance assessment, support requests and clearances on a changed visit. */
    public Visit withRecordsOf(Visit stored) {
        return new Visit(id, office, version, title, kind, principal, members, starts, ends, programme,
                stored.advance, measures, stored.support,
                stored.clearances.stream().filter(c -> members.contains(c.member())).toList());
    }

    /** The visit with its advance site assessment. */
    public Visit withAdvance(SiteAssessment assessment) {
        return new Visit(id, office, version, title, kind, principal, members, starts, ends, programme,
                Optional.of(assessment), measures, support, clearances);
    }

    /** The visit with its support requests. */
    public Visit withSupport(List<SupportRequest> requests) {
        return new Visit(id, office, version, title, kind, principal, members, starts, ends, programme, advance,
                measures, requests, clearances);
    }

    /** The visit with its members' clearance requests. */
    public Visit withClearances(List<MemberClearance> created) {
        return new Visit(id, office, version, title, kind, principal, members, starts, ends, programme, advance,
                measures, support, created);
    }

    @Override
    public Visit withVersion(long newVersion) {
        return new Visit(id, office, newVersion, title, kind, principal, members, starts, ends, programme, advance,
                measures, support, clearances);
    }
}
