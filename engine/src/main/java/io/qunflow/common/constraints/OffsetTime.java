package io.qunflow.common.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** An ISO-8601 time with its offset, such as 2026-11-23T10:15:30+08:00. */
@Documented
@Constraint(validatedBy = OffsetTime.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface OffsetTime {

    boolean required() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<OffsetTime, String> {

        private boolean required;

        @Override
        public void initialize(OffsetTime time) {
            this.required = time.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return Violations.report(required ? List.of("is required") : List.of(), context);
            }
            try {
                OffsetDateTime.parse(value);
                return true;
            } catch (DateTimeParseException e) {
                return Violations.report(
                        List.of("must be an ISO-8601 time with offset, e.g. 2026-11-23T10:15:30+08:00"), context);
            }
        }
    }
}
