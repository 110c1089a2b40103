package io.qunflow.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field problems while a request is checked, so the caller hears about all of them at once
 * rather than one per round trip.
 */
public final class RequestChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Requires a non-blank text of at most {@code maxLength} code points; any Unicode is welcome. */
    public String text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return value;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
        }
        if (value.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain NUL characters"));
        }
        return value;
    }

    /** Requires an identifier: 1 to 100 visible characters, no whitespace or slashes. */
    public String id(String field, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return value;
        }
        if (value.length() > 100 || !value.codePoints().allMatch(RequestChecks::idCharacter)) {
            problems.add(new FieldProblem(
                    field, "must be 1 to 100 characters without whitespace, slashes or control characters"));
        }
        return value;
    }

    private static boolean idCharacter(int cp) {
        return !Character.isWhitespace(cp)
                && !Character.isISOControl(cp)
                && cp != '/'
                && cp != '\\'
                && Character.getType(cp) != Character.FORMAT;
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        problems.add(new FieldProblem(field, "must be one of " + List.of(type.getEnumConstants())));
        return null;
    }

    public void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Throws an {@link InvalidRequestException} naming every problem found, if any. */
    public void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(what + " is invalid", problems);
        }
    }
}
