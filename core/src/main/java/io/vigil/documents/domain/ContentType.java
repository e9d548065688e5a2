package io.vigil.documents.domain;

import io.vigil.kernel.InvalidValueException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of content a document version may have, by media type: Markdown (rendered to HTML
 * for reading), PDF and plain text. Content is checked against its type: a PDF must start with
 * {@code %PDF-}; Markdown and text must be UTF-8 without NUL characters.
 */
public enum ContentType {
    MARKDOWN("text/markdown"), PDF("application/pdf"), TEXT("text/plain");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, e.g. {@code text/markdown}. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The content type of a media type (parameters such as {@code ;charset=utf-8} ignored); any other
     * is refused naming {@code contentType} and the type given.
     */
    public static ContentType of(String media) {
        String bare = media == null ? "" : media.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst()
                .orElseThrow(() -> new InvalidValueException("contentType", "must be one of "
                        + Arrays.stream(values()).map(ContentType::mediaType).collect(Collectors.joining(", "))
                        + "; " + (bare.isEmpty() ? "none was given" : bare + " is not accepted")));
    }

    /** Throws naming {@code content} unless the bytes are content of this type. */
    public void check(byte[] bytes) {
        if (this == PDF) {
            byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
            if (bytes.length < magic.length || !Arrays.equals(Arrays.copyOf(bytes, magic.length), magic)) {
                throw new InvalidValueException("content", "is not a PDF (it does not start with %PDF-)");
            }
            return;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InvalidValueException("content", "must not contain NUL characters for " + mediaType);
            }
        } catch (CharacterCodingException e) {
            throw new InvalidValueException("content", "must be UTF-8 text for " + mediaType);
        }
    }
}
