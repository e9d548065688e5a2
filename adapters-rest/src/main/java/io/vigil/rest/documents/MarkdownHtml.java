package io.vigil.rest.documents;

import io.vigil.documents.domain.ContentType;
import io.vigil.documents.port.in.DocumentReading;
import io.vigil.kernel.RefusedException;
import java.nio.charset.StandardCharsets;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A document's content as HTML for reading: Markdown rendered by commonmark-java with raw HTML
 * escaped (a {@code <script>} in a document shows as text) and unsafe link targets
 * ({@code javascript:}, ...) removed; plain text escaped inside {@code <pre>}. A PDF is not rendered.
 */
final class MarkdownHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownHtml() {
    }

    /** The reading's content as an HTML fragment. */
    static String html(DocumentReading reading) {
        String text = new String(reading.content(), StandardCharsets.UTF_8);
        if (reading.type() == ContentType.MARKDOWN) {
            return RENDERER.render(PARSER.parse(text));
        }
        if (reading.type() == ContentType.TEXT) {
            return "<pre>" + escape(text) + "</pre>\n";
        }
        throw RefusedException.because("\"" + reading.document().title() + "\" version " + reading.versionNumber()
                + " is a PDF, which is read as it is (its content route), not rendered as HTML");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
