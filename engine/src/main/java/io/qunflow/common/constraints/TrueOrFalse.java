package io.qunflow.common.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.qunflow.common.Words;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * A query parameter that must be exactly {@code true} or {@code false}; taken as text because
 * Spring would also read "yes", "on" and "1" as true, and a switch that decides whether members
 * are removed must not be guessed. In place of {@code @Pattern}, whose words come only in English.
 */
@Documented
@Constraint(validatedBy = TrueOrFalse.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface TrueOrFalse {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TrueOrFalse, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.equals("true") || value.equals("false")) {
                return true;
            }
            return Violations.report(List.of(new Words("must be true or false", "须为 true 或 false")), context);
        }
    }
}
