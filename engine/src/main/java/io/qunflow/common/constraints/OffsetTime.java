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
import java.time.Instant;
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

        /**
         * Times outside these fit no chat event and break what stores them: a year past 9999 does
         * not fit a database timestamp, and near the end of Java's range turning it to UTC fails.
         */
        private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

        private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

        private boolean required;

        @Override
        public void initialize(OffsetTime time) {
            this.required = time.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return Violations.report(required ? List.of(Words.REQUIRED) : List.of(), context);
            }
            try {
                Instant at = OffsetDateTime.parse(value).toInstant();
                if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                    return Violations.report(
                            List.of(new Words(
                                    "must be a time between the years 2000 and 9999", "须为 2000 年到 9999 年之间的时间")),
                            context);
                }
                return true;
            } catch (DateTimeParseException e) {
                return Violations.report(
                        List.of(new Words(
                                "must be an ISO-8601 time with offset, e.g. 2026-11-23T10:15:30+08:00",
                                "须为带时差的 ISO-8601 时间，例如 2026-11-23T10:15:30+08:00")),
                        context);
            }
        }
    }
}
