package io.vigil.incident.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A security incident as the office reported it: its category and subtype in the office's taxonomy,
 * when and where it happened, who and what it affected, how grave it is, where the information came
 * from and how far it is verified, and who reported it; then its follow-up: the written report and
 * when it is due ({@link ReportingRules}), the notices to the reporting chain with their
 * acknowledgements, the roll-call it started (the alerting context's id), the crisis team activation
 * it started (the crisis context's id), the follow-up actions and whether it is closed.
 *
 * <p>Not to be confused with the alerting context's {@code Incident}, which is only what one
 * roll-call is about (an area, a time and the persons located there).
 */
public record IncidentReport(IncidentReportId id, OfficeId office, long version, String category, String subtype,
                             String title, String narrative, Instant occurredAt, Instant recordedAt,
                             IncidentPlace place, List<AffectedPerson> persons, List<AffectedAsset> assets,
                             Severity severity, String source, Verification verification, String reportedBy,
                             Optional<Instant> writtenDue, Optional<WrittenReport> writtenReport,
                             List<ChainNotice> notices, Optional<String> rollCall,
                             Optional<String> crisisActivation, List<FollowUpAction> actions,
                             ReportStatus status, Optional<Instant> closedAt)
        implements Versioned<IncidentReportId, IncidentReport> {
    /**
     * The subtype of a flash report from the field until the officer completes it: no taxonomy's
     * subtype, so updating the report needs a subtype of the office's taxonomy (and a point or an area).
     */
    public static final String TO_CLASSIFY = "to-classify";
    /** The most persons named in one report. */
    public static final int MAX_PERSONS = 200;
    /** The most assets in one report. */
    public static final int MAX_ASSETS = 100;
    /** The most follow-up actions of one report. */
    public static final int MAX_ACTIONS = 100;
    /** The most notices to the reporting chain (two per member). */
    public static final int MAX_NOTICES = 2 * IncidentSettings.MAX_CHAIN;

    public IncidentReport {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        category = Require.text(category, "category", 50);
        subtype = Require.text(subtype, "subtype", 50);
        title = Require.text(title, "title", 200);
        narrative = narrative == null ? "" : narrative.strip();
        Require.that(narrative.length() <= 10_000, "narrative", "must be at most 10000 characters");
        Require.nonNull(occurredAt, "occurredAt");
        Require.nonNull(recordedAt, "recordedAt");
        Require.nonNull(place, "place");
        persons = Require.noNulls(persons, "persons");
        Require.that(persons.size() <= MAX_PERSONS, "persons", "must be at most " + MAX_PERSONS);
        assets = Require.noNulls(assets, "assets");
        Require.that(assets.size() <= MAX_ASSETS, "assets", "must be at most " + MAX_ASSETS);
        Require.nonNull(severity, "severity");
        source = Require.text(source, "source", 300);
        Require.nonNull(verification, "verification");
        reportedBy = Require.text(reportedBy, "reportedBy", 200);
        Require.nonNull(writtenDue, "writtenDue");
        Require.nonNull(writtenReport, "writtenReport");
        notices = Require.noNulls(notices, "notices");
        Require.that(notices.size() <= MAX_NOTICES, "notices", "must be at most " + MAX_NOTICES);
        Require.nonNull(rollCall, "rollCall");
        Require.nonNull(crisisActivation, "crisisActivation");
        actions = Require.noNulls(actions, "actions");
        Require.that(actions.size() <= MAX_ACTIONS, "actions", "must be at most " + MAX_ACTIONS);
        for (int i = 0; i < actions.size(); i++) {
            Require.that(actions.get(i).number() == i + 1, "actions", "must be numbered 1, 2, 3, ... in order");
        }
        Require.nonNull(status, "status");
        Require.nonNull(closedAt, "closedAt");
        Require.that(closedAt.isPresent() == (status == ReportStatus.CLOSED), "closedAt",
                "must be set exactly when the incident is closed");
    }

    /** The persons of the office the report names. */
    public List<PersonId> personsNamed() {
        return persons.stream().flatMap(p -> p.person().stream()).distinct().toList();
    }

    /** The name shown for a person withheld from a reader. */
    public static final String WITHHELD = "(withheld)";

    /**
     * The same report with the persons withheld (for a reader who may not read them): each person's
     * harm stays, their name becomes {@value #WITHHELD} and their person id goes.
     */
    public IncidentReport withoutPersons() {
        return with(persons.stream().map(p -> new AffectedPerson(Optional.empty(), WITHHELD, p.harm())).toList(),
                actions, notices, writtenReport, rollCall, status, closedAt);
    }

    /** Whether the officer is still to complete the report: a flash report from the field, unclassified or unplaced. */
    public boolean toComplete() {
        return subtype.equals(TO_CLASSIFY) || !place.placed();
    }

    /** Whether a flash report is needed (a critical incident). */
    public boolean flashRequired() {
        return ReportingRules.flashRequired(severity);
    }

    /**
     * Whether the written report is late at {@code now}: due and not submitted by then, or
     * submitted after it was due.
     */
    public boolean writtenLate(Instant now) {
        return writtenDue.map(due -> writtenReport.map(w -> w.at().isAfter(due)).orElse(now.isAfter(due)))
                .orElse(false);
    }

    /** The follow-up actions still to be done. */
    public List<FollowUpAction> openActions() {
        return actions.stream().filter(FollowUpAction::open).toList();
    }

    /** The open follow-up actions past their due time at {@code now}. */
    public List<FollowUpAction> overdueActions(Instant now) {
        return actions.stream().filter(a -> a.overdue(now)).toList();
    }

    /** The report with the written report submitted, unless it has one or is closed. */
    public Outcome<IncidentReport> submitWritten(WrittenReport report) {
        if (status == ReportStatus.CLOSED) {
            return Outcome.refused("incident " + id + " is closed");
        }
        if (writtenReport.isPresent()) {
            return Outcome.refused("incident " + id + " already has its written report");
        }
        return Outcome.done(with(persons, actions, notices, Optional.of(report), rollCall, status, closedAt));
    }

    /** The report with these notices added. */
    public IncidentReport notified(List<ChainNotice> sent) {
        List<ChainNotice> all = new ArrayList<>(notices);
        all.addAll(sent);
        return with(persons, actions, all, writtenReport, rollCall, status, closedAt);
    }

    /**
     * The report with the latest unacknowledged notice to {@code role} acknowledged; refused when
     * the role was never told or has acknowledged every notice.
     */
    public Outcome<IncidentReport> acknowledge(String role, String by, Instant at) {
        List<ChainNotice> all = new ArrayList<>(notices);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).role().equals(role) && !all.get(i).acknowledged()) {
                all.set(i, all.get(i).acknowledge(by, at));
                return Outcome.done(with(persons, actions, all, writtenReport, rollCall, status, closedAt));
            }
        }
        return Outcome.refused(notices.stream().anyMatch(n -> n.role().equals(role))
                ? "every notice to " + role + " on incident " + id + " is acknowledged already"
                : "the reporting chain's " + role + " was not told of incident " + id);
    }

    /** The report linked to the roll-call it started; refused when it started one already. */
    public Outcome<IncidentReport> linkRollCall(String rollCallId) {
        if (rollCall.isPresent()) {
            return Outcome.refused("incident " + id + " started roll-call " + rollCall.get() + " already");
        }
        return Outcome.done(with(persons, actions, notices, writtenReport, Optional.of(rollCallId), status, closedAt));
    }

    /** The report linked to the crisis team activation it started; refused when it started one already. */
    public Outcome<IncidentReport> linkCrisisActivation(String activationId) {
        if (crisisActivation.isPresent()) {
            return Outcome.refused("incident " + id + " activated the crisis team already (activation "
                    + crisisActivation.get() + ")");
        }
        return Outcome.done(new IncidentReport(id, office, version, category, subtype, title, narrative, occurredAt,
                recordedAt, place, persons, assets, severity, source, verification, reportedBy, writtenDue,
                writtenReport, notices, rollCall, Optional.of(activationId), actions, status, closedAt));
    }

    /** The report with a new follow-up action; refused once closed. */
    public Outcome<IncidentReport> addAction(String description, String owner, Instant due) {
        if (status == ReportStatus.CLOSED) {
            return Outcome.refused("incident " + id + " is closed");
        }
        if (actions.size() >= MAX_ACTIONS) {
            return Outcome.refused("incident " + id + " has " + MAX_ACTIONS + " actions, the most it may have");
        }
        List<FollowUpAction> all = new ArrayList<>(actions);
        all.add(new FollowUpAction(actions.size() + 1, description, owner, due, Optional.empty(), Optional.empty()));
        return Outcome.done(with(persons, all, notices, writtenReport, rollCall, status, closedAt));
    }

    /** The report with action {@code number} done at {@code at}; refused if there is none or it is done. */
    public Outcome<IncidentReport> completeAction(int number, Instant at) {
        if (number < 1 || number > actions.size()) {
            return Outcome.refused("incident " + id + " has no action " + number);
        }
        if (!actions.get(number - 1).open()) {
            return Outcome.refused("action " + number + " of incident " + id + " is done already");
        }
        List<FollowUpAction> all = new ArrayList<>(actions);
        all.set(number - 1, all.get(number - 1).done(at));
        return Outcome.done(with(persons, all, notices, writtenReport, rollCall, status, closedAt));
    }

    /**
     * The report closed at {@code at}; refused, naming each of them, while any of its follow-up
     * actions or any of {@code openEnquiries} (its enquiries still open) is open.
     */
    public Outcome<IncidentReport> close(Instant at, List<EnquiryId> openEnquiries) {
        if (status == ReportStatus.CLOSED) {
            return Outcome.refused("incident " + id + " is closed already");
        }
        List<String> reasons = new ArrayList<>();
        openEnquiries.forEach(e -> reasons.add("enquiry " + e + " into incident " + id + " is open"));
        openActions().forEach(a -> reasons.add("action " + a.number() + " of incident " + id + " (" + a.description()
                + ", owner " + a.owner() + ") is open"));
        if (!reasons.isEmpty()) {
            return new Outcome.Refused<>(reasons);
        }
        return Outcome.done(with(persons, actions, notices, writtenReport, rollCall, ReportStatus.CLOSED,
                Optional.of(at)));
    }

    private IncidentReport with(List<AffectedPerson> p, List<FollowUpAction> a, List<ChainNotice> n,
                                Optional<WrittenReport> w, Optional<String> r, ReportStatus s, Optional<Instant> c) {
        return new IncidentReport(id, office, version, category, subtype, title, narrative, occurredAt, recordedAt,
                place, p, assets, severity, source, verification, reportedBy, writtenDue, w, n, r, crisisActivation,
                a, s, c);
    }

    @Override
    public IncidentReport withVersion(long newVersion) {
        return new IncidentReport(id, office, newVersion, category, subtype, title, narrative, occurredAt,
                recordedAt, place, persons, assets, severity, source, verification, reportedBy, writtenDue,
                writtenReport, notices, rollCall, crisisActivation, actions, status, closedAt);
    }
}
