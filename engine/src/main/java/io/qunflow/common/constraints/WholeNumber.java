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
 * A query parameter that must be a whole number from {@link #min()} to {@link #max()}; taken as
 * text so that "abc" is named with the range rather than as a type mismatch.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface WholeNumber {

    int min();

    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<WholeNumber, String> {

        private WholeNumber range;

        @Override
        public void initialize(WholeNumber range) {
            this.range = range;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value != null) {
                try {
                    int n = Integer.parseInt(value.strip());
                    if (n >= range.min() && n <= range.max()) {
                        return true;
                    }
                } catch (NumberFormatException notANumber) {
                    // named below with the range
                }
            }
            return Violations.report(
                    List.of(new Words(
                            "must be a whole number from " + range.min() + " to " + range.max(),
                            "须为 " + range.min() + " 到 " + range.max() + " 之间的整数")),
                    context);
        }
    }
}
