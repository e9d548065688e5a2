package io.vigil.rest;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Pages a host serves beside the API on the same port (the reference app's web console): routes of
 * their own under {@link #prefix()}, where requests that find no route, use a method not served or
 * fail are answered by {@link #error} (an HTML page) instead of an RFC 9457 problem. Everything
 * else, the API included, stays as it is. The pages set their own Content-Security-Policy on what
 * they answer; every other response keeps the API's, which allows nothing.
 */
public interface WebPages {

    /** The path prefix the pages own, such as {@code /console}: never {@code /api}. */
    String prefix();

    /** Adds the pages' routes (and any redirect of their own) to the app being built. */
    void register(JavalinConfig config);

    /**
     * Answers a request under {@link #prefix()} that ends in {@code status} (404, 405, or 500 for a
     * failure, which is logged by the caller): a page naming neither a class nor a stack frame.
     */
    void error(Context ctx, int status);
}
