package io.vigil.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a malformed request, a URI or header too long, a body too large) as
 * RFC 9457 problems, so no response is HTML or plain text. The detail is fixed per status: what
 * Jetty says may name its internals.
 */
final class ProblemErrorPages extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
    private static final Map<Integer, String[]> KNOWN = Map.of(
            400, new String[] {"Bad request", "the request is not well-formed HTTP"},
            408, new String[] {"Request timeout", "the request was not received in time"},
            413, new String[] {"Content too large", "the body is larger than the API accepts"},
            414, new String[] {"URI too long", "the request URI is longer than the API accepts"},
            431, new String[] {"Request header fields too large", "the headers are larger than the API accepts"});

    private final ObjectMapper json;

    ProblemErrorPages(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer code ? code : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Http.PROBLEM_JSON);
        SecurityHeaders.apply(headers::put);
        response.write(true, ByteBuffer.wrap(body(status, request.getHttpURI().getPath())), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Http.PROBLEM_JSON);
        SecurityHeaders.apply(fields::put);
        return ByteBuffer.wrap(body(status, null));
    }

    private byte[] body(int status, String path) {
        String[] text = KNOWN.getOrDefault(status, new String[] {"Request refused", "the request was refused"});
        Problem problem = new Problem("urn:vigil:problem:" + text[0].toLowerCase(java.util.Locale.ROOT)
                .replace(' ', '-'), text[0], status, text[1], path, List.of());
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
