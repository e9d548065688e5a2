package io.vigil.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.access.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * One endpoint of the API, described once: Javalin serves it and the OpenAPI document is built
 * from it, so the two cannot drift apart. Its {@code operationId} is derived from the method, the
 * path and whether it returns a list ({@code GET /persons} is {@code listPersons}, {@code GET
 * /persons/{id}} is {@code getPerson}), unless {@link Builder#operationId} names it.
 */
public record ApiRoute(HandlerType method, String path, String summary, String tag, boolean authenticated,
                Class<?> requestBody, String requestMediaType, Shape response, int status,
                List<QueryParam> query, boolean ifMatch, String signature, String operationId, Handler handler) {

    /** Serves a request; {@code actor} is null on public routes. */
    @FunctionalInterface
    public interface Handler {
        void handle(Context ctx, Actor actor) throws Exception;
    }

    /** What a successful response carries, as which media type (JSON unless said otherwise). */
    public record Shape(Kind kind, Class<?> type, String mediaType) {
        static final Shape NONE = new Shape(Kind.NONE, Void.class);

        /** A response of JSON. */
        public Shape(Kind kind, Class<?> type) {
            this(kind, type, Http.JSON);
        }
    }

    /** How the response wraps its type. */
    public enum Kind { NONE, ONE, LIST, PAGE }

    /** A documented query parameter. */
    public record QueryParam(String name, String type, String format, String description) {
    }

    /** Starts describing an endpoint. */
    public static Builder route(HandlerType method, String path, String tag, String summary) {
        return new Builder(method, path, tag, summary);
    }

    /** Fluent description of an endpoint. */
    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private final String tag;
        private final String summary;
        private boolean authenticated = true;
        private Class<?> body;
        private String mediaType = "application/json";
        private Shape response = Shape.NONE;
        private int status = 200;
        private final List<QueryParam> query = new ArrayList<>();
        private boolean ifMatch;
        private String signature;
        private String operationId;

        private Builder(HandlerType method, String path, String tag, String summary) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.summary = summary;
        }

        public Builder open() {
            authenticated = false;
            return this;
        }

        public Builder body(Class<?> type) {
            body = type;
            return this;
        }

        public Builder body(Class<?> type, String media) {
            body = type;
            mediaType = media;
            return this;
        }

        public Builder returns(Class<?> type) {
            response = new Shape(Kind.ONE, type);
            return this;
        }

        /** Returns one {@code type}, written as the media type given (e.g. {@code application/geo+json}). */
        public Builder returns(Class<?> type, String media) {
            response = new Shape(Kind.ONE, type, media);
            return this;
        }

        public Builder returnsList(Class<?> type) {
            response = new Shape(Kind.LIST, type);
            return this;
        }

        public Builder returnsPage(Class<?> type) {
            response = new Shape(Kind.PAGE, type);
            query.add(new QueryParam("offset", "integer", "int32", "items to skip (default 0)"));
            query.add(new QueryParam("limit", "integer", "int32", "items to return, 1 to 500 (default 50)"));
            return this;
        }

        /** A response that is text of this media type (CSV, an event stream). */
        public Builder produces(String media) {
            response = new Shape(Kind.ONE, String.class, media);
            return this;
        }

        public Builder status(int code) {
            status = code;
            return this;
        }

        public Builder query(String name, String type, String format, String description) {
            query.add(new QueryParam(name, type, format, description));
            return this;
        }

        /** A route without a bearer token whose requests carry a signature, described by {@code how}. */
        public Builder signed(String how) {
            authenticated = false;
            signature = how;
            return this;
        }

        public Builder ifMatch() {
            ifMatch = true;
            return this;
        }

        /**
         * Names the operation in the OpenAPI document (and so the method of a generated client), where
         * the name derived from the method and path reads poorly: e.g. {@code startRollCall} rather than
         * {@code createRollCall}.
         *
         * @param name lowerCamel, letters and digits
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is not lowerCamel
         */
        public Builder operationId(String name) {
            if (name == null || !OperationNames.LOWER_CAMEL.matcher(name).matches()) {
                throw new IllegalArgumentException("operationId must be lowerCamel letters and digits: " + name);
            }
            operationId = name;
            return this;
        }

        public ApiRoute handle(Handler handler) {
            String id = operationId != null ? operationId
                    : OperationNames.derive(method, path, response.kind() == Kind.LIST || response.kind() == Kind.PAGE);
            return new ApiRoute(method, path, summary, tag, authenticated, body, mediaType, response, status,
                    List.copyOf(query), ifMatch, signature, id, handler);
        }
    }
}
