package io.vigil.examples.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the console's templates (JTE, compiled to Java at build time from {@code src/main/jte},
 * so a template error fails the build, and every value is HTML-escaped) and sends them with the
 * console's headers: a Content-Security-Policy that allows scripts, styles and requests from the
 * app itself only (no inline script or style anywhere), images also from the configured tile
 * server, and no framing.
 */
final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String csp;

    Pages(ConsoleSettings settings) {
        this.csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:"
                + settings.tileOrigin().map(o -> " " + o).orElse("")
                + "; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    /** The console's Content-Security-Policy. */
    String csp() {
        return csp;
    }

    /** The template {@code name} (such as {@code "today.jte"}) rendered with its one parameter. */
    String render(String name, Object model) {
        StringOutput out = new StringOutput();
        engine.render(name, model, out);
        return out.toString();
    }

    /** The template {@code name} rendered with its parameters by name. */
    String render(String name, java.util.Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(name, params, out);
        return out.toString();
    }

    /** Sends {@code html} with {@code status} and the console's headers. */
    void send(Context ctx, int status, String html) {
        headers(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(html);
    }

    /** The console's headers on a response. */
    void headers(Context ctx) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
    }
}
