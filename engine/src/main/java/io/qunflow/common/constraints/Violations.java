package io.qunflow.common.constraints;

import io.qunflow.common.FieldProblem;
import io.qunflow.common.Words;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports a value's problems as violations, each in its own words, for every constraint of the API. */
public final class Violations {

    private Violations() {}

    /**
     * Each problem becomes a violation whose message is the English and whose dynamic payload is
     * the Chinese: Hibernate Validator captures the payload as each violation is added, so the two
     * stay paired however many problems one value has ({@link FieldProblems} reads them back).
     */
    public static boolean report(List<Words> problems, ConstraintValidatorContext context) {
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        problems.forEach(p -> hibernate
                .withDynamicPayload(p.zh())
                .buildConstraintViolationWithTemplate(escape(p.en()))
                .addConstraintViolation());
        return false;
    }

    /**
     * Problems of the parts of one property (an event's {@code payload}): each a violation at
     * {@code property.field} (at {@code property} itself where the field is empty), English as the
     * message and Chinese as the payload, as {@link #report(List, ConstraintValidatorContext)} does.
     */
    public static boolean report(String property, List<FieldProblem> problems, ConstraintValidatorContext context) {
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (FieldProblem problem : problems) {
            var violation = hibernate
                    .withDynamicPayload(problem.messageZh())
                    .buildConstraintViolationWithTemplate(escape(problem.message()))
                    .addPropertyNode(property);
            if (problem.field().isEmpty()) {
                violation.addConstraintViolation();
            } else {
                violation.addPropertyNode(problem.field()).addConstraintViolation();
            }
        }
        return false;
    }

    /** Problems quote what was sent; braces and dollars in it must not be read as expressions. */
    static String escape(String message) {
        return message.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }
}
