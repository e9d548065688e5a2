package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.Comparator;

/** An organisation the office liaises with: its name, kind and notes (at most 2,000 characters, may be empty). */
public record Organisation(OrganisationId id, OfficeId office, long version, String name, OrganisationKind kind,
                           String notes) implements Versioned<OrganisationId, Organisation> {
    /** The order of every list: by name, ties by id. */
    public static final Comparator<Organisation> BY_NAME = Comparator.comparing(Organisation::name)
            .thenComparing(o -> o.id().toString());

    public Organisation {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        Require.nonNull(kind, "kind");
        notes = Require.nonNull(notes, "notes").strip();
        Require.that(notes.length() <= 2000, "notes", "must be at most 2000 characters");
    }

    @Override
    public Organisation withVersion(long newVersion) {
        return new Organisation(id, office, newVersion, name, kind, notes);
    }
}
