package io.vigil.rest;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives an endpoint's OpenAPI {@code operationId} from what its route declares (method, path and
 * whether it returns a list), so every route gets a stable, meaningful name without writing one; the
 * rule is in CONTRIBUTING.md ("Name an endpoint").
 */
final class OperationNames {
    /** What every operationId looks like: lowerCamel, letters and digits. */
    static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*");
    private static final String PREFIX = "/api/v1/";

    private OperationNames() {
    }

    /** The name for {@code method} on {@code path}; {@code listed} when the response is a list or a page. */
    static String derive(HandlerType method, String path, boolean listed) {
        List<String> segments = new ArrayList<>(List.of(
                (path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path.replaceFirst("^/+", ""))
                        .split("/")));
        segments.removeIf(String::isEmpty);
        boolean item = !segments.isEmpty() && isParameter(segments.get(segments.size() - 1));
        String format = "";
        int last = lastStatic(segments);
        if (last >= 0 && segments.get(last).contains(".")) {
            String segment = segments.get(last);
            format = camel(segment.substring(segment.indexOf('.') + 1));
            segments.set(last, segment.substring(0, segment.indexOf('.')));
        }
        String verb;
        boolean create = false;
        if (item) {
            verb = verb(method, false);
        } else if (method.equals(HandlerType.POST) && last >= 0 && !isPlural(segments.get(last))) {
            verb = lowerFirst(camel(segments.get(last)));
            segments.remove(last);
        } else {
            create = method.equals(HandlerType.POST);
            verb = create ? "create" : verb(method, listed);
        }
        StringBuilder name = new StringBuilder(verb);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                continue;
            }
            boolean one = i + 1 < segments.size() && isParameter(segments.get(i + 1))
                    || create && i == segments.size() - 1;
            name.append(one ? singular(camel(segment)) : camel(segment));
        }
        return name.append(format).toString();
    }

    private static String verb(HandlerType method, boolean listed) {
        return switch (method.name()) {
            case "GET" -> listed ? "list" : "get";
            case "PUT" -> "update";
            case "DELETE" -> "delete";
            default -> method.name().toLowerCase(Locale.ROOT);
        };
    }

    private static int lastStatic(List<String> segments) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!isParameter(segments.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }

    /** {@code roll-calls} as {@code RollCalls}. */
    private static String camel(String segment) {
        StringBuilder out = new StringBuilder();
        for (String word : segment.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String lowerFirst(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    /** An English plural: a final {@code s} after a word of more than three letters, not {@code ss}, {@code us}, {@code is}. */
    private static boolean isPlural(String segment) {
        String word = segment.toLowerCase(Locale.ROOT);
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }

    /** {@code Facilities} as {@code Facility}, {@code Addresses} as {@code Address}, {@code Persons} as {@code Person}. */
    private static String singular(String word) {
        if (!isPlural(word)) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
