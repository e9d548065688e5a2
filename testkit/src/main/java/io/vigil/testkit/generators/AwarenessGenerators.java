package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.optionals;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.domain.BriefingKind;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.domain.DesignatedArea;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.domain.ValidityChange;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the awareness context. */
public final class AwarenessGenerators {
    private AwarenessGenerators() {
    }

    /** Validities: 1 to 60 months, or (one time in five) none. */
    public static Gen<Optional<Integer>> validities() {
        return optionals(Generate.range(1, 60));
    }

    /** A square area around the point, about 2 km a side. */
    public static DesignatedArea around(String name, GeoPoint centre) {
        double d = 0.01;
        return new DesignatedArea(name, List.of(GeoPoint.of(centre.latitude() - d, centre.longitude() - d),
                GeoPoint.of(centre.latitude() - d, centre.longitude() + d),
                GeoPoint.of(centre.latitude() + d, centre.longitude() + d),
                GeoPoint.of(centre.latitude() + d, centre.longitude() - d)));
    }

    /** Courses of the office with any requirement (designated areas for those that need them), version 0. */
    public static Gen<Course> courses(OfficeId office) {
        Gen<Requirement> requirements = Generate.enumValues(Requirement.class);
        Gen<List<GeoPoint>> centres = lists().of(points()).ofSizeBetween(1, 3);
        return names().zip(names(), requirements, validities(), centres, (code, title, requirement, months, at) ->
                new Course(CourseId.random(), office, 0, code.length() > 20 ? code.substring(0, 20) : code,
                        title + " course", requirement, months, requirement == Requirement.DESIGNATED_AREAS
                        ? IntStream.range(0, at.size()).mapToObj(i -> around("Area " + i, at.get(i))).toList()
                        : List.of(), List.of()));
    }

    /** A validity change from the course's validity to another, for the history. */
    public static ValidityChange changeOf(Course course, Optional<Integer> to) {
        return new ValidityChange(course.validityMonths(), to, KernelGenerators.EPOCH, "officer", "corrected", 0);
    }

    /** Completions of the office by random persons of random courses, version 0. */
    public static Gen<Completion> completions(OfficeId office) {
        return completions(office, Generate.booleans().map(b -> PersonId.random()),
                Generate.booleans().map(b -> CourseId.random()));
    }

    /** Completions of the office by the given persons and courses, completed in 2026 and recorded up to a day later. */
    public static Gen<Completion> completions(OfficeId office, Gen<PersonId> persons, Gen<CourseId> courses) {
        return persons.zip(courses, instants(), validities(), optionals(names()), (person, course, at, months, cert) ->
                Completion.of(CompletionId.random(), office, person, course, at, months, ZoneOffset.UTC, cert, "associate",
                        at.plusSeconds(3600)));
    }

    /** Briefings of the office of any kind with up to four topics and five attendees, version 0. */
    public static Gen<Briefing> briefings(OfficeId office) {
        Gen<List<PersonId>> attendees = Generate.range(0, 5)
                .map(n -> Stream.generate(PersonId::random).limit(n).toList());
        return Generate.enumValues(BriefingKind.class).zip(instants(), names(), lists().of(names()).ofSizeBetween(0, 4),
                attendees, (kind, at, place, topics, who) -> new Briefing(BriefingId.random(), office, 0, kind, at,
                        place + " office", "Presenter " + place, topics, who));
    }

    /** Awareness settings of fresh offices: one to four distinct warnings and 1 to 30 days to an on-arrival briefing. */
    public static Gen<AwarenessPolicy> policies() {
        Gen<List<Integer>> warnings = lists().of(Generate.range(1, 365)).ofSizeBetween(1, 4)
                .map(l -> l.stream().distinct().toList());
        return warnings.zip(Generate.range(1, 30), (w, days) -> new AwarenessPolicy(KernelGenerators.freshOffice(), 0,
                w, days));
    }
}
