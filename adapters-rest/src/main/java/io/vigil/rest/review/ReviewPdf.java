package io.vigil.rest.review;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.vigil.review.domain.ProgrammeReview;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A review as PDF: its {@link ReviewHtml} page laid out by openhtmltopdf on PDFBox, the SVG charts
 * drawn through its Batik support. The page uses the PDF's standard fonts (Helvetica), so characters
 * outside their Latin set print as a placeholder.
 */
public final class ReviewPdf {

    private ReviewPdf() {
    }

    /** The review as the bytes of a PDF document. */
    public static byte[] render(ProgrammeReview review) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(ReviewHtml.render(review), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the review as PDF", e);
        }
        return out.toByteArray();
    }
}
