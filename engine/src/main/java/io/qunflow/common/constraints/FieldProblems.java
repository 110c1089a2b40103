package io.qunflow.common.constraints;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.engine.HibernateConstraintViolation;
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
            ConstraintViolation<?> violation =
                    error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
            problems.add(new FieldProblem(field, String.valueOf(error.getDefaultMessage()), chinese(violation)));
        }
        return ordered(problems, type);
    }

    /**
     * The problems of an object validated by hand, named by their paths as the API names fields
     * ({@code prizes[1].id}, {@code tags[0]}, {@code payload.role}).
     */
    public static List<FieldProblem> of(Set<? extends ConstraintViolation<?>> violations, Class<?> type) {
        List<FieldProblem> problems = new ArrayList<>(violations.size());
        violations.forEach(v -> problems.add(new FieldProblem(field(v.getPropertyPath()), v.getMessage(), chinese(v))));
        return ordered(problems, type);
    }

    /**
     * The Chinese of a violation our own constraints reported ({@link Violations} keeps it as the
     * payload); null for the standard constraints, whose words exist only in English.
     */
    public static String chinese(ConstraintViolation<?> violation) {
        if (violation == null) {
            return null;
        }
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate.getDynamicPayload(String.class);
        } catch (ValidationException notHibernate) {
            return null;
        }
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
        RequestSubject subject = type == null ? null : type.getAnnotation(RequestSubject.class);
        return invalid(subject, problems);
    }

    /** A refusal named by its {@link RequestSubject} in both languages, or as "the request" without one. */
    public static InvalidRequestException invalid(RequestSubject subject, List<FieldProblem> problems) {
        return subject == null
                ? new InvalidRequestException("The request is invalid", "请求有误", problems)
                : new InvalidRequestException(subject.value() + " is invalid", subject.zh() + "有误", problems);
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
