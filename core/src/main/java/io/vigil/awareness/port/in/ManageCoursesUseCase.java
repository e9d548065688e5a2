package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;

/** The office's course catalogue: at most {@link #MAX_COURSES} courses, each with its validity history. */
public interface ManageCoursesUseCase extends RecordsUseCase<CourseId, CourseDetails, Course> {
    /** The most courses an office's catalogue holds. */
    int MAX_COURSES = 100;

    /** Adds a course; refused when the catalogue is full or another course has the code. */
    @Override
    Course create(Actor actor, CourseDetails details);

    /** Replaces a course's details; refused if they change its validity (see {@link #changeValidity}). */
    @Override
    Course update(Actor actor, CourseId id, long expectedVersion, CourseDetails details);

    /** Removes a course of which no completion is recorded. */
    @Override
    void remove(Actor actor, CourseId id, long expectedVersion);

    /**
     * Changes a course's validity for completions recorded from now on, and records the change in
     * its history with its reason and the number of completions that keep the earlier validity.
     */
    Course changeValidity(Actor actor, CourseId id, long expectedVersion, ValidityDetails details);
}
