package io.qunflow.common;

import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects field problems found by checks that depend on more than the request — a parameter's
 * bounds and kind, whether what a request names exists, a value that is also a key to look up —
 * so the caller hears about all of them at once rather than one per round trip. What a request's
 * shape alone decides (present, length, format) is said on the request record with the
 * constraints of {@link io.qunflow.common.constraints}, whose words these are.
 */
public final class RequestChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Requires a non-blank text of at most {@code maxLength} code points; any Unicode is welcome. */
    public String text(String field, String value, int maxLength, boolean required) {
        Text.Check.problems(value, maxLength, required).forEach(p -> add(field, p));
        return value;
    }

    /** Requires an identifier: 1 to 100 visible characters, no whitespace or slashes. */
    public String id(String field, String value, boolean required) {
        Identifier.Check.problems(value, required).forEach(p -> add(field, p));
        return value;
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        List<Words> wrong = OneOf.Check.problems(value, type, required);
        wrong.forEach(p -> add(field, p));
        return value == null || !wrong.isEmpty() ? null : Enum.valueOf(type, value);
    }

    public void add(String field, Words words) {
        problems.add(new FieldProblem(field, words));
    }

    /** A problem said only in English so far. */
    public void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** Throws an {@link InvalidRequestException} naming every problem found, if any. */
    public void throwIfAny(String what, String whatZh) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(what + " is invalid", whatZh + "有误", problems);
        }
    }
}
