package io.vigil.rest;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What every response carries ({@code nosniff}, {@code no-store}, a CSP that allows nothing) and
 * what no request may do: {@code X-HTTP-Method-Override} is hidden, so the method on the wire is
 * the method served.
 */
final class SecurityHeaders implements Filter {
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";
    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

    /** Sets the headers through {@code put} (a servlet response's or Jetty's own fields). */
    static void apply(BiConsumer<String, String> put) {
        HEADERS.forEach(put);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            apply(http::setHeader);
        }
        chain.doFilter(request instanceof HttpServletRequest http ? new WithoutOverride(http) : request, response);
    }

    /** The request without the method-override header. */
    private static final class WithoutOverride extends HttpServletRequestWrapper {
        WithoutOverride(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return METHOD_OVERRIDE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return METHOD_OVERRIDE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !METHOD_OVERRIDE.equalsIgnoreCase(n)).toList());
        }
    }
}
