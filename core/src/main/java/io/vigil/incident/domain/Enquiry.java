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
 * A preliminary enquiry into a security breach or an incident: what it is about, the incident it
 * looks into (empty for a breach without a report), the investigators it names (the subjects of
 * their accounts: with the security officer, the only readers), the persons of the office it
 * concerns, its findings and the corrective measures agreed with local authorities (each with its
 * owner and due date), and whether it is closed.
 */
public record Enquiry(EnquiryId id, OfficeId office, long version, Optional<IncidentReportId> incident, String title,
                      List<String> investigators, List<PersonId> persons, List<String> findings,
                      List<FollowUpAction> measures, String openedBy, Instant openedAt, ReportStatus status,
                      Optional<Instant> closedAt)
        implements Versioned<EnquiryId, Enquiry> {
    /** The most investigators of one enquiry. */
    public static final int MAX_INVESTIGATORS = 10;
    /** The most persons one enquiry concerns. */
    public static final int MAX_PERSONS = 100;
    /** The most findings of one enquiry. */
    public static final int MAX_FINDINGS = 100;
    /** The most corrective measures of one enquiry. */
    public static final int MAX_MEASURES = 100;

    public Enquiry {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(incident, "incident");
        title = Require.text(title, "title", 200);
        investigators = Require.noNulls(investigators, "investigators").stream()
                .map(i -> Require.text(i, "investigators", 200)).toList();
        Require.that(!investigators.isEmpty() && investigators.size() <= MAX_INVESTIGATORS, "investigators",
                "must name 1 to " + MAX_INVESTIGATORS + " investigators");
        Require.that(investigators.stream().distinct().count() == investigators.size(), "investigators",
                "must name each investigator once");
        persons = Require.noNulls(persons, "persons");
        Require.that(persons.size() <= MAX_PERSONS, "persons", "must be at most " + MAX_PERSONS);
        Require.that(persons.stream().distinct().count() == persons.size(), "persons", "must name each person once");
        findings = Require.noNulls(findings, "findings").stream().map(f -> Require.text(f, "findings", 2000)).toList();
        Require.that(findings.size() <= MAX_FINDINGS, "findings", "must be at most " + MAX_FINDINGS);
        measures = Require.noNulls(measures, "measures");
        Require.that(measures.size() <= MAX_MEASURES, "measures", "must be at most " + MAX_MEASURES);
        for (int i = 0; i < measures.size(); i++) {
            Require.that(measures.get(i).number() == i + 1, "measures", "must be numbered 1, 2, 3, ... in order");
        }
        openedBy = Require.text(openedBy, "openedBy", 200);
        Require.nonNull(openedAt, "openedAt");
        Require.nonNull(status, "status");
        Require.nonNull(closedAt, "closedAt");
        Require.that(closedAt.isPresent() == (status == ReportStatus.CLOSED), "closedAt",
                "must be set exactly when the enquiry is closed");
    }

    /** Whether the subject is one of its investigators. */
    public boolean investigatedBy(String subject) {
        return investigators.contains(subject);
    }

    /** Whether it is still open. */
    public boolean open() {
        return status == ReportStatus.OPEN;
    }

    /** The open measures past their due time at {@code now}. */
    public List<FollowUpAction> overdueMeasures(Instant now) {
        return measures.stream().filter(m -> m.overdue(now)).toList();
    }

    /** The enquiry with a finding added; refused once closed. */
    public Outcome<Enquiry> addFinding(String finding) {
        if (!open()) {
            return Outcome.refused("enquiry " + id + " is closed");
        }
        List<String> all = new ArrayList<>(findings);
        all.add(finding);
        return Outcome.done(with(all, measures, status, closedAt));
    }

    /** The enquiry with a corrective measure agreed with {@code authority}; refused once closed. */
    public Outcome<Enquiry> addMeasure(String description, String authority, String owner, Instant due) {
        if (!open()) {
            return Outcome.refused("enquiry " + id + " is closed");
        }
        if (measures.size() >= MAX_MEASURES) {
            return Outcome.refused("enquiry " + id + " has " + MAX_MEASURES + " measures, the most it may have");
        }
        List<FollowUpAction> all = new ArrayList<>(measures);
        all.add(new FollowUpAction(measures.size() + 1, description, owner, due, Optional.of(authority),
                Optional.empty()));
        return Outcome.done(with(findings, all, status, closedAt));
    }

    /** The enquiry with measure {@code number} done at {@code at}. */
    public Outcome<Enquiry> completeMeasure(int number, Instant at) {
        if (number < 1 || number > measures.size()) {
            return Outcome.refused("enquiry " + id + " has no measure " + number);
        }
        if (!measures.get(number - 1).open()) {
            return Outcome.refused("measure " + number + " of enquiry " + id + " is done already");
        }
        List<FollowUpAction> all = new ArrayList<>(measures);
        all.set(number - 1, all.get(number - 1).done(at));
        return Outcome.done(with(findings, all, status, closedAt));
    }

    /** The enquiry closed at {@code at}: refused without a finding, or while a measure is open (naming each). */
    public Outcome<Enquiry> close(Instant at) {
        if (!open()) {
            return Outcome.refused("enquiry " + id + " is closed already");
        }
        List<String> reasons = new ArrayList<>();
        if (findings.isEmpty()) {
            reasons.add("enquiry " + id + " has no finding");
        }
        measures.stream().filter(FollowUpAction::open).forEach(m -> reasons.add("measure " + m.number()
                + " of enquiry " + id + " (" + m.description() + ", owner " + m.owner() + ") is open"));
        if (!reasons.isEmpty()) {
            return new Outcome.Refused<>(reasons);
        }
        return Outcome.done(with(findings, measures, ReportStatus.CLOSED, Optional.of(at)));
    }

    private Enquiry with(List<String> f, List<FollowUpAction> m, ReportStatus s, Optional<Instant> c) {
        return new Enquiry(id, office, version, incident, title, investigators, persons, f, m, openedBy, openedAt, s, c);
    }

    @Override
    public Enquiry withVersion(long newVersion) {
        return new Enquiry(id, office, newVersion, incident, title, investigators, persons, findings, measures,
                openedBy, openedAt, status, closedAt);
    }
}
