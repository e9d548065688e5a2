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

    /** The signature header's value for a body sent at a timestamp (Unix seconds, as text): of {@code "<timestamp>.<body>"}. */
    public String sign(String timestamp, String body) {
        return hmac(timestamp + "." + body);
    }

    /**
     * The signature header's value for a body sent at a timestamp to one office's endpoint: of
     * {@code "<timestamp>.<office>.<body>"}, so a request signed for one office is refused by another's.
     */
    public String sign(String timestamp, String office, String body) {
        return hmac(timestamp + "." + office + "." + body);
    }

    private String hmac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
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
        return problem(timestamp, signature, Optional.empty(), body, now, tolerance);
    }

    /** As {@link #problem(String, String, String, Instant, Duration)}, for a request signed for {@code office}'s endpoint. */
    public Optional<String> problem(String timestamp, String signature, String office, String body, Instant now,
                                    Duration tolerance) {
        return problem(timestamp, signature, Optional.of(office), body, now, tolerance);
    }

    private Optional<String> problem(String timestamp, String signature, Optional<String> office, String body,
                                     Instant now, Duration tolerance) {
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
        String stamp = timestamp.strip();
        byte[] expected = office.map(o -> sign(stamp, o, body)).orElseGet(() -> sign(stamp, body))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(SIGNATURE_HEADER + " does not match the " + (office.isPresent() ? "office, " : "")
                    + "body and timestamp");
        }
        return Optional.empty();
    }
}
