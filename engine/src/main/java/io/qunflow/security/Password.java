package io.qunflow.security;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.qunflow.common.Words;
import io.qunflow.common.constraints.Violations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A password worth having: at least 12 characters, not all of them spaces or other characters that
 * draw nothing (no-break and zero-width spaces, format and control characters), and at most 72 bytes in
 * UTF-8 (bcrypt reads no further, so a longer one would only seem stronger). Absent is fine where a
 * field is optional.
 */
@Documented
@Constraint(validatedBy = Password.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface Password {

    int MIN_CHARACTERS = 12;
    int MAX_BYTES = 72;

    boolean required() default false;

    Words WORDS = new Words(
            "must be at least 12 characters, not all spaces, and at most 72 bytes (about 24 Chinese characters)",
            "须至少 12 个字符、不能全是空格，且最多 72 字节（约 24 个汉字）");

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Password, String> {

        private boolean required;

        @Override
        public void initialize(Password password) {
            this.required = password.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            boolean fine = value == null ? !required : worthHaving(value);
            return Violations.report(fine ? List.of() : List.of(WORDS), context);
        }

        /** The rule for every password, the first admin's from the environment included. */
        static boolean worthHaving(String value) {
            // Twelve spaces are twelve characters, and the first thing a guesser tries; twelve
            // no-break or zero-width spaces are the same password to anyone watching it typed.
            return value.codePointCount(0, value.length()) >= MIN_CHARACTERS
                    && !value.codePoints().allMatch(Check::drawsNothing)
                    // Counted as hashed: composing may lengthen a few characters (क़ becomes क and ़).
                    && NfcPasswords.composed(value).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES
                    && value.indexOf('\u0000') < 0;
        }

        private static boolean drawsNothing(int cp) {
            int type = Character.getType(cp);
            return Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || type == Character.FORMAT
                    || type == Character.CONTROL;
        }
    }
}
