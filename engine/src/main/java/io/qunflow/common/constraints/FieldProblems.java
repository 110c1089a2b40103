package io.qunflow.common.constraints;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns what Bean Validation found into the API's field problems, in a stable order: by the
 * request's fields as declared, then by position in a list, so the same request is refused with
 * the same {@code errors[]} every time (validators report in no particular order).
 */
public final class FieldProblems {

    private static final Pattern ROOT = Pattern.compile("^([^.\\[]+)(?:\\[(\\d+)])?");

    private FieldProblems() {}

    /** The problems of a request of the given type, ordered as its fields are declared. */
    public static List<FieldProblem> of(Errors errors, Class<?> type) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : error.getObjectName();
            problems.add(new FieldProblem(field, String.valueOf(error.getDefaultMessage())));
        }
        return ordered(problems, type);
    }

    /**
     * The problems of an object validated by hand, named by their paths as the API names fields
     * ({@code prizes[1].id}, {@code tags[0]}, {@code payload.role}).
     */
    public static List<FieldProblem> of(Set<? extends ConstraintViolation<?>> violations, Class<?> type) {
        List<FieldProblem> problems = new ArrayList<>(violations.size());
        violations.forEach(v -> problems.add(new FieldProblem(field(v.getPropertyPath()), v.getMessage())));
        return ordered(problems, type);
    }

    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /** The problems ordered by the type's declared fields (records: their components). */
    public static List<FieldProblem> ordered(List<FieldProblem> problems, Class<?> type) {
        List<String> declared = declared(type);
        List<FieldProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.<FieldProblem>comparingInt(p -> position(declared, p.field()))
                .thenComparingInt(p -> index(p.field()))
                .thenComparing(FieldProblem::field)
                .thenComparing(FieldProblem::message));
        return sorted;
    }

    /** An {@link InvalidRequestException} naming every problem, described by the type's {@link RequestSubject}. */
    public static InvalidRequestException refusal(List<FieldProblem> problems, Class<?> type) {
        return new InvalidRequestException(subject(type) + " is invalid", problems);
    }

    /** What a request of that type is called in a refusal: its {@link RequestSubject}, or "The request". */
    public static String subject(Class<?> type) {
        RequestSubject subject = type == null ? null : type.getAnnotation(RequestSubject.class);
        return subject == null ? "The request" : subject.value();
    }

    private static List<String> declared(Class<?> type) {
        if (type == null) {
            return List.of();
        }
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
        }
        return Arrays.stream(type.getDeclaredFields()).map(f -> f.getName()).toList();
    }

    private static int position(List<String> declared, String field) {
        Matcher root = ROOT.matcher(field);
        int at = root.find() ? declared.indexOf(root.group(1)) : -1;
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private static int index(String field) {
        Matcher root = ROOT.matcher(field);
        return root.find() && root.group(2) != null ? Integer.parseInt(root.group(2)) : -1;
    }
}
