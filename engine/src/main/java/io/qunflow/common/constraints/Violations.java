package io.qunflow.common.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Reports a value's problems as violations, each in its own words. */
final class Violations {

    private Violations() {}

    static boolean report(List<String> problems, ConstraintValidatorContext context) {
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach(
                p -> context.buildConstraintViolationWithTemplate(escape(p)).addConstraintViolation());
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
