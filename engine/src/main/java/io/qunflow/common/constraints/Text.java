package io.qunflow.common.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.qunflow.common.ShownText;
import io.qunflow.common.Words;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * A text of at most {@link #max()} UTF-16 units without NUL characters (which PostgreSQL cannot
 * store); blank counts as absent, which {@link #required()} refuses. Units, not characters: the
 * embedded database measures a column so, and an emoji or a rare Han character outside the basic
 * plane is two of them; counted as one, a text that fits the limit failed to store. A text that
 * {@link #membersRead()} may hold no character that is not shown as it reads ({@link ShownText}).
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    int max();

    boolean required() default false;

    /**
     * Members of a group read this text as the bot sends it: a direction override or an invisible
     * character would make them read something else than the operator saw when saving it.
     */
    boolean membersRead() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Text, String> {

        /**
         * Half of a character beyond the basic plane, without its other half: JSON's {@code \\ud800}
         * decodes to one. No text a person typed holds one, and PostgreSQL's driver stores it as
         * {@code ?}, so two different ids would be stored as the same one.
         */
        public static final Words LONE_SURROGATE = new Words(
                "must not contain half of a character (a lone UTF-16 surrogate such as \\ud800)",
                "不能含半个字符（单独的 UTF-16 代理项，如 \\ud800）");

        /** Whether the text holds a surrogate that is not part of a pair. */
        public static boolean hasLoneSurrogate(String value) {
            return value.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
        }

        /** What is wrong with the value, in words; empty when it is fine. */
        public static List<Words> problems(String value, int max, boolean required) {
            List<Words> problems = new ArrayList<>(2);
            if (value == null || value.isBlank()) {
                if (required) {
                    problems.add(Words.REQUIRED);
                }
                return problems;
            }
            if (value.length() > max) {
                problems.add(new Words(
                        "must be at most " + max + " characters (an emoji counts as two)",
                        "最多 " + max + " 个字符（表情算两个）"));
            }
            if (value.indexOf('\u0000') >= 0) {
                problems.add(new Words("must not contain NUL characters", "不能含空字符（NUL）"));
            }
            if (hasLoneSurrogate(value)) {
                problems.add(LONE_SURROGATE);
            }
            return problems;
        }

        private Text text;

        @Override
        public void initialize(Text text) {
            this.text = text;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            List<Words> problems = problems(value, text.max(), text.required());
            Words hidden = text.membersRead() ? ShownText.problem(value) : null;
            if (hidden != null) {
                problems.add(hidden);
            }
            return Violations.report(problems, context);
        }
    }
}
