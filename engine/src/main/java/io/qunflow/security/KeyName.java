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
import java.util.List;

/**
 * The name an admin gives an API key, which names the key's every change in the audit trail
 * ({@code key:<name>}): 1 to 64 letters, digits, marks, punctuation, symbols or spaces, counted as
 * the database counts them (a character beyond the basic plane, as most emoji, counts twice), so
 * the audit's actor column always holds it. Control and format characters (line breaks, NUL,
 * bidirectional overrides, zero-width joiners) are refused: they would let a name pose as another
 * in the audit trail and the key list. So are letters of scripts not written together ({@link
 * LookAlikeNames#mixesScripts}), as for people's names.
 */
@Documented
@Constraint(validatedBy = KeyName.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface KeyName {

    int MAX_LENGTH = 64;

    Words WORDS = new Words(
            "must be 1 to 64 letters, digits, punctuation, symbols or spaces (an emoji counts as two):"
                    + " say which connector uses the key",
            "须为 1 到 64 个字母、数字、标点、符号或空格（表情算两个）：写明哪个连接器在用这个密钥");

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<KeyName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            boolean fine = value != null
                    && !value.isBlank()
                    && value.length() <= MAX_LENGTH
                    && value.codePoints().allMatch(Check::allowed);
            if (!fine) {
                return Violations.report(List.of(WORDS), context);
            }
            return Violations.report(
                    LookAlikeNames.mixesScripts(value) ? List.of(LookAlikeNames.MIXED_SCRIPTS) : List.of(), context);
        }

        private static boolean allowed(int cp) {
            if (cp == ' ' || cp == '\u3000') {
                return true;
            }
            return switch (Character.getType(cp)) {
                case Character.UPPERCASE_LETTER,
                        Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER,
                        Character.OTHER_LETTER,
                        Character.NON_SPACING_MARK,
                        Character.ENCLOSING_MARK,
                        Character.COMBINING_SPACING_MARK,
                        Character.DECIMAL_DIGIT_NUMBER,
                        Character.LETTER_NUMBER,
                        Character.OTHER_NUMBER,
                        Character.DASH_PUNCTUATION,
                        Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION,
                        Character.CONNECTOR_PUNCTUATION,
                        Character.OTHER_PUNCTUATION,
                        Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION,
                        Character.MATH_SYMBOL,
                        Character.CURRENCY_SYMBOL,
                        Character.MODIFIER_SYMBOL,
                        Character.OTHER_SYMBOL -> true;
                default -> false;
            };
        }
    }
}
