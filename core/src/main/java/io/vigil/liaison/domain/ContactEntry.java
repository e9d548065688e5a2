package io.vigil.liaison.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.Comparator;

/**
 * One entry of the contact log: a contact reached at {@code at} (never after it was recorded), how,
 * on what topic (at most 500 characters), by whom, and when it was recorded.
 */
public record ContactEntry(ContactEntryId id, OfficeId office, long version, LiaisonContactId contact, Instant at,
                           ContactMode mode, String topic, String by, Instant recordedAt)
        implements Versioned<ContactEntryId, ContactEntry> {
    /** The order of every list: latest first, ties by id. */
    public static final Comparator<ContactEntry> LATEST_FIRST = Comparator.comparing(ContactEntry::at).reversed()
            .thenComparing(e -> e.id().toString());

    public ContactEntry {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contact, "contact");
        Require.nonNull(at, "at");
        Require.nonNull(mode, "mode");
        topic = Require.text(topic, "topic", 500);
        by = Require.text(by, "by", 200);
        Require.nonNull(recordedAt, "recordedAt");
        Require.that(!at.isAfter(recordedAt), "at", "must not be after the entry is recorded (" + recordedAt + ")");
    }

    @Override
    public ContactEntry withVersion(long newVersion) {
        return new ContactEntry(id, office, newVersion, contact, at, mode, topic, by, recordedAt);
    }
}
