package io.vigil.awareness.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the awareness context tells the travel clearance rules, in plain values: the courses the
 * office requires (for all, or in designated areas) and the completions the travellers hold. Reading
 * the completions is reading the travellers' training records, audited with each of them.
 */
public interface TrainingForTravelUseCase {
    /** The required courses of the office's catalogue, and the persons' completions of any course. */
    TravelTraining training(Actor actor, List<PersonId> persons);

    /** The courses required and the completions held. */
    record TravelTraining(List<RequiredCourse> courses, List<HeldCourse> held) {
        public TravelTraining {
            courses = List.copyOf(courses);
            held = List.copyOf(held);
        }
    }

    /** A required course: for all ({@code areas} empty), or in the named areas. */
    record RequiredCourse(String code, String title, boolean forAll, List<Area> areas) {
        public RequiredCourse {
            areas = List.copyOf(areas);
        }
    }

    /** A designated area: its name and outline. */
    record Area(String name, List<GeoPoint> vertices) {
        public Area {
            vertices = List.copyOf(vertices);
        }
    }

    /** A completion a person holds: the course's code, when completed and until when valid (empty: for ever). */
    record HeldCourse(PersonId person, String code, Instant completedAt, Optional<Instant> validUntil) {
    }
}
