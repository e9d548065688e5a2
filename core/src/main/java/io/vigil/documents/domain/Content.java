package io.vigil.documents.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one document version, of a checked type and at most {@value #MAX_BYTES} bytes.
 * The bytes are the caller's copy: a content never shares its array.
 */
public final class Content {
    /** The largest content of one version, in bytes. */
    public static final int MAX_BYTES = 1_000_000;

    private final ContentId id;
    private final OfficeId office;
    private final ContentType type;
    private final byte[] bytes;

    public Content(ContentId id, OfficeId office, ContentType type, byte[] bytes) {
        this.id = Require.nonNull(id, "id");
        this.office = Require.nonNull(office, "office");
        this.type = Require.nonNull(type, "contentType");
        Require.nonNull(bytes, "content");
        Require.that(bytes.length >= 1, "content", "must not be empty");
        Require.that(bytes.length <= MAX_BYTES, "content", "must be at most " + MAX_BYTES + " bytes, was "
                + bytes.length);
        type.check(bytes);
        this.bytes = bytes.clone();
    }

    public ContentId id() {
        return id;
    }

    public OfficeId office() {
        return office;
    }

    public ContentType type() {
        return type;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes. */
    public int size() {
        return bytes.length;
    }

    /** The SHA-256 digest of the bytes, in lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
