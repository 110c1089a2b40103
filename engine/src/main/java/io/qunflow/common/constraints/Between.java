package io.qunflow.common.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
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
 * A whole number from {@link #min()} to {@link #max()}; absent is fine unless {@link #required()}.
 * In place of {@code @NotNull}, {@code @Min} and {@code @Max}, whose words come only in English.
 */
@Documented
@Constraint(validatedBy = Between.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Between {

    /** The upper bound of a number that has none but what an {@code Integer} holds (a version). */
    long NO_MORE_THAN_AN_INT = Integer.MAX_VALUE;

    long min();

    long max();

    boolean required() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Between, Number> {

        private Between range;

        @Override
        public void initialize(Between range) {
            this.range = range;
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            if (value == null) {
                return Violations.report(range.required() ? List.of(Words.REQUIRED) : List.of(), context);
            }
            if (value.longValue() >= range.min() && value.longValue() <= range.max()) {
                return true;
            }
            return Violations.report(List.of(words(range)), context);
        }

        /** With no upper bound of its own ({@link #NO_MORE_THAN_AN_INT}), only the lower one is said. */
        private static Words words(Between range) {
            if (range.max() == NO_MORE_THAN_AN_INT) {
                return new Words("must be " + range.min() + " or more", "须不小于 " + range.min());
            }
            return new Words(
                    "must be between " + range.min() + " and " + range.max(),
                    "须在 " + range.min() + " 到 " + range.max() + " 之间");
        }
    }
}
