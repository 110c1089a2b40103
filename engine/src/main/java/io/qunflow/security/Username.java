package io.qunflow.security;

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

/**
 * A name a person signs in with: 1 to 64 letters (any script, so 张三 too), digits, '.', '_' or
 * '-'. No colon (HTTP Basic splits there), no spaces or control characters.
 */
@Documented
@Constraint(validatedBy = Username.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface Username {

    String message() default "must be 1 to 64 letters, digits, '.', '_' or '-'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Username, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return false;
            }
            int length = value.codePointCount(0, value.length());
            return length >= 1 && length <= 64 && value.codePoints().allMatch(Check::allowed);
        }

        private static boolean allowed(int cp) {
            return Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-';
        }
    }
}
