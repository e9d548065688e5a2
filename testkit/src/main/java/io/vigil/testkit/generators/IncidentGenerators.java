package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.incident.domain.AffectedAsset;
import io.vigil.incident.domain.AffectedPerson;
import io.vigil.incident.domain.ChainMember;
import io.vigil.incident.domain.ChainNotice;
import io.vigil.incident.domain.Damage;
import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.domain.FollowUpAction;
import io.vigil.incident.domain.Harm;
import io.vigil.incident.domain.IncidentPlace;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.domain.NoticeChannel;
import io.vigil.incident.domain.NoticeKind;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.incident.domain.ReportingRules;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Taxonomy;
import io.vigil.incident.domain.Verification;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the incident context. */
public final class IncidentGenerators {
    private static final List<String[]> SUBTYPES = Taxonomy.standard().categories().stream()
            .flatMap(c -> c.subtypes().stream().map(s -> new String[] {c.code(), s.code()})).toList();

    private IncidentGenerators() {
    }

    /** A square area around the point, about 2 km a side. */
    public static List<GeoPoint> around(GeoPoint c) {
        double d = 0.01;
        return List.of(GeoPoint.of(c.latitude() - d, c.longitude() - d), GeoPoint.of(c.latitude() - d,
                c.longitude() + d), GeoPoint.of(c.latitude() + d, c.longitude() + d), GeoPoint.of(c.latitude() + d,
                c.longitude() - d));
    }

    /** Places: a point or (one in three) an area around it. */
    public static Gen<IncidentPlace> places() {
        return points().zip(Generate.range(0, 2), names(), (p, kind, name) -> kind == 0
                ? new IncidentPlace(name + " street", Optional.empty(), around(p))
                : new IncidentPlace(name + " street", Optional.of(p), List.of()));
    }

    /** Open incident reports of the office in the standard taxonomy, with up to three persons and actions, version 0. */
    public static Gen<IncidentReport> reports(OfficeId office) {
        Gen<String[]> subtypes = Generate.pick(SUBTYPES);
        Gen<List<AffectedPerson>> persons = lists().of(names().zip(Generate.enumValues(Harm.class),
                Generate.booleans(), (n, h, staff) -> new AffectedPerson(staff ? Optional.of(PersonId.random())
                        : Optional.empty(), n, h))).ofSizeBetween(0, 3);
        Gen<Integer> actions = Generate.range(0, 3);
        return subtypes.zip(instants(), places(), persons, Generate.enumValues(Severity.class),
                (code, at, place, who, severity) -> new Object[] {code, at, place, who, severity})
                .zip(actions, names(), (o, n, title) -> {
                    String[] code = (String[]) o[0];
                    java.time.Instant at = (java.time.Instant) o[1];
                    Severity severity = (Severity) o[4];
                    @SuppressWarnings("unchecked")
                    List<AffectedPerson> who = (List<AffectedPerson>) o[3];
                    List<FollowUpAction> todo = java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i ->
                            new FollowUpAction(i, "Action " + i, "owner " + i, at.plusSeconds(86_400L * i),
                                    Optional.empty(), Optional.empty())).toList();
                    return new IncidentReport(IncidentReportId.random(), office, 0, code[0], code[1], title + " incident",
                            "What happened at " + title, at, at.plusSeconds(600), (IncidentPlace) o[2], who,
                            List.of(new AffectedAsset("Vehicle " + title, Damage.MINOR)), severity, "staff member",
                            Verification.UNVERIFIED, "associate", ReportingRules.writtenDue(severity,
                            code[1].equals("road-traffic-crash"), at), Optional.empty(),
                            severity == Severity.CRITICAL ? List.of(new ChainNotice("RSO", NoticeKind.FLASH,
                                    "incident-x-flash-rso", at.plusSeconds(600), Optional.empty(), Optional.empty()))
                                    : List.of(), Optional.empty(),
                            severity == Severity.CRITICAL ? Optional.of(new java.util.UUID(at.getEpochSecond(),
                                    title.hashCode()).toString()) : Optional.empty(),
                            todo, ReportStatus.OPEN, Optional.empty());
                });
    }

    /** Open enquiries of the office into no incident, with one or two investigators, version 0. */
    public static Gen<Enquiry> enquiries(OfficeId office) {
        return names().zip(instants(), Generate.range(1, 2), (title, at, n) -> new Enquiry(EnquiryId.random(), office,
                0, Optional.of(IncidentReportId.random()), title + " enquiry",
                java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "investigator-" + i + "-" + title).toList(),
                List.of(PersonId.random()), List.of(), List.of(), "officer", at, ReportStatus.OPEN, Optional.empty()));
    }

    /** Incident settings of fresh offices: the standard taxonomy, a chain of one to three, a mapping. */
    public static Gen<IncidentSettings> settings() {
        return Generate.range(1, 3).zip(names(), (n, name) -> new IncidentSettings(KernelGenerators.freshOffice(), 0,
                Taxonomy.standard(), java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> new ChainMember(
                        List.of("COM", "RSO", "SOC").get(i - 1), name + " " + i, NoticeChannel.EMAIL,
                        "chain" + i + "@example.org")).toList(), "list-" + name.length(),
                Map.of("armed-robbery", "CR-01", "road-traffic-crash", "HZ-07")));
    }
}
