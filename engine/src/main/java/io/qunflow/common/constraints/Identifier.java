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

    /**
     * The id becomes a segment of the API's addresses ({@code /api/v1/groups/{id}}): what the
     * request firewall refuses in an address ({@code %}, {@code ;}, the segments {@code .} and
     * {@code ..}) is refused here too, so nothing is created that no later call can reach.
     */
    boolean inAddress() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Identifier, String> {

        /** What is wrong with the value, in words; empty when it is fine. */
        public static List<Words> problems(String value, boolean required) {
            return problems(value, required, false);
        }

        /** As {@link #problems(String, boolean)}, and for an id in an address what no address can carry. */
        public static List<Words> problems(String value, boolean required, boolean inAddress) {
            if (value == null || value.isEmpty()) {
                return required ? List.of(Words.REQUIRED) : List.of();
            }
            if (value.length() > 100 || !value.codePoints().allMatch(Check::idCharacter)) {
                return List.of(new Words(
                        "must be 1 to 100 characters without whitespace, slashes or control characters",
                        "须为 1 到 100 个字符，不含空格、斜杠或控制字符"));
            }
            if (inAddress && (value.equals(".") || value.equals("..") || value.contains("%") || value.contains(";"))) {
                return List.of(new Words(
                        "must not hold % or ; nor be . or .., which no address of the API can carry",
                        "不能含 % 或 ;，也不能是 . 或 ..：接口的地址中无法使用这样的 id"));
            }
            return List.of();
        }

        private static boolean idCharacter(int cp) {
            return !Character.isWhitespace(cp)
                    && !Character.isISOControl(cp)
                    && cp != '/'
                    && cp != '\\'
                    && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.SURROGATE; // half a character, unpaired
        }

        private boolean required;
        private boolean inAddress;

        @Override
        public void initialize(Identifier identifier) {
            this.required = identifier.required();
            this.inAddress = identifier.inAddress();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Violations.report(problems(value, required, inAddress), context);
        }
    }
}
