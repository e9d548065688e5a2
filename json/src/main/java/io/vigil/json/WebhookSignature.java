package io.vigil.json;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How Vigil signs webhook bodies and checks signed ones, in and out: {@code sha256=<hex>} of
 * HMAC-SHA256 with a shared secret over {@code "<timestamp>.<body>"}, the timestamp in Unix
 * seconds and sent beside it, so a captured request cannot be replayed once the tolerance has
 * passed.
 */
public final class WebhookSignature {
    /** The header that carries the signature. */
    public static final String SIGNATURE_HEADER = "X-Vigil-Signature";
    /** The header that carries the timestamp, in Unix seconds. */
    public static final String TIMESTAMP_HEADER = "X-Vigil-Timestamp";

    private final byte[] secret;

    /** A signer with a shared secret of at least 16 characters. */
    public WebhookSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("secret must be at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature header's value for a body sent at a timestamp (Unix seconds, as text). */
    public String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Why a request does not verify, or empty when it does: both headers present, the timestamp
     * within {@code tolerance} of {@code now}, the signature matching (compared in constant time).
     */
    public Optional<String> problem(String timestamp, String signature, String body, Instant now,
                                    Duration tolerance) {
        if (timestamp == null || signature == null) {
            return Optional.of("send " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of(TIMESTAMP_HEADER + " must be Unix seconds");
        }
        // compared without subtracting from the timestamp, which could overflow past the window
        long earliest = now.getEpochSecond() - tolerance.toSeconds();
        long latest = now.getEpochSecond() + tolerance.toSeconds();
        if (seconds < earliest || seconds > latest) {
            return Optional.of(TIMESTAMP_HEADER + " is more than " + tolerance.toMinutes()
                    + " minutes from the server's time");
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(SIGNATURE_HEADER + " does not match the body and timestamp");
        }
        return Optional.empty();
    }
}
