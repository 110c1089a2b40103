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

/** An identifier: 1 to 100 visible characters, no whitespace, slashes or control characters. */
@Documented
@Constraint(validatedBy = Identifier.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Identifier {

    boolean required() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Identifier, String> {

        /** What is wrong with the value, in words; empty when it is fine. */
        public static List<Words> problems(String value, boolean required) {
            if (value == null || value.isEmpty()) {
                return required ? List.of(Words.REQUIRED) : List.of();
            }
            if (value.length() > 100 || !value.codePoints().allMatch(Check::idCharacter)) {
                return List.of(new Words(
                        "must be 1 to 100 characters without whitespace, slashes or control characters",
                        "须为 1 到 100 个字符，不含空格、斜杠或控制字符"));
            }
            return List.of();
        }

        private static boolean idCharacter(int cp) {
            return !Character.isWhitespace(cp)
                    && !Character.isISOControl(cp)
                    && cp != '/'
                    && cp != '\\'
                    && Character.getType(cp) != Character.FORMAT;
        }

        private boolean required;

        @Override
        public void initialize(Identifier identifier) {
            this.required = identifier.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Violations.report(problems(value, required), context);
        }
    }
}
