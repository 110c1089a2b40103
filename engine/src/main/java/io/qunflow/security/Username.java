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
import java.util.Set;

/**
 * A name a person signs in with: 1 to 64 letters (any script, so 张三 too), digits, '.', '_' or
 * '-', counted as the embedded database counts them: a letter beyond the basic plane (𠀀, a rare
 * Han character) counts as two, so the name fits every column that records who acted. No colon (HTTP Basic splits there), no spaces or control characters. Not, in any case, a
 * name Qunflow itself writes in the audit trail for what it did on its own ({@link #RESERVED}): a
 * person called "system" would publish rules that read as the shipped defaults. Nor GROUP_OWNER,
 * the assignee of the staff tasks that only those who run groups may see and close: a viewer so
 * named would be handed every one of them. Names are compared as they read ({@link
 * LookAlikeNames#readAs}), so ｓｙｓｔｅｍ in full-width letters is as reserved as system, and the
 * Hangul fillers, letters to Unicode that draw nothing, are refused: "admin" with one after it
 * reads as "admin". Nor a name that mixes scripts not written together ({@link
 * LookAlikeNames#mixesScripts}): "аdmin" with a Cyrillic а passes for admin wherever admin is not
 * beside it to compare.
 */
@Documented
@Constraint(validatedBy = Username.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface Username {

    /**
     * In lower case: the actors of the audit entries Qunflow writes itself (seeding, workflows, the
     * WeCom connector, the demo), and the staff tasks' stand-in for a group's owner.
     */
    Set<String> RESERVED = Set.of("system", "workflow", "wecom", "demo", "group_owner");

    Words WORDS = new Words(
            "must be 1 to 64 letters, digits, '.', '_' or '-', and not system, workflow, wecom, demo or GROUP_OWNER",
            "须为 1 到 64 个字母、数字、'.'、'_' 或 '-'，且不能是 system、workflow、wecom、demo 或 GROUP_OWNER");

    /** Letters that draw nothing: the Hangul choseong, jungseong, compatibility and half-width fillers. */
    Set<Integer> INVISIBLE_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0);

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Username, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            boolean fine = value != null
                    && value.length() >= 1
                    && value.length() <= 64
                    && value.codePoints().allMatch(Check::allowed);
            if (!fine || reserved(value)) {
                return Violations.report(List.of(WORDS), context);
            }
            return Violations.report(
                    LookAlikeNames.mixesScripts(value) ? List.of(LookAlikeNames.MIXED_SCRIPTS) : List.of(), context);
        }

        private static boolean reserved(String value) {
            String read = LookAlikeNames.readAs(value);
            return RESERVED.stream().map(LookAlikeNames::readAs).anyMatch(read::equals);
        }

        private static boolean allowed(int cp) {
            return (Character.isLetterOrDigit(cp) && !INVISIBLE_LETTERS.contains(cp))
                    || cp == '.'
                    || cp == '_'
                    || cp == '-';
        }
    }
}
