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

/** The name of one of an enum's constants, exactly as written. */
@Documented
@Constraint(validatedBy = OneOf.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    boolean required() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<OneOf, String> {

        /** What is wrong with the value, in words; empty when it is fine. */
        public static List<Words> problems(String value, Class<? extends Enum<?>> type, boolean required) {
            if (value == null) {
                return required ? List.of(Words.REQUIRED) : List.of();
            }
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return List.of();
                }
            }
            List<Enum<?>> allowed = List.of(type.getEnumConstants());
            return List.of(new Words("must be one of " + allowed, "须为以下之一：" + allowed));
        }

        private OneOf oneOf;

        @Override
        public void initialize(OneOf oneOf) {
            this.oneOf = oneOf;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Violations.report(problems(value, oneOf.value(), oneOf.required()), context);
        }
    }
}
