package io.qunflow.governance;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.qunflow.common.Words;
import io.qunflow.common.constraints.Violations;
import io.qunflow.groups.Phase;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/** A lifecycle phase's name as {@link Phase} takes it; absent is fine. */
@Documented
@Constraint(validatedBy = PhaseName.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface PhaseName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PhaseName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Violations.report(
                    value == null || Phase.isName(value)
                            ? List.of()
                            : List.of(new Words(
                                    "must be a phase name: 1 to 20 upper-case letters, digits or underscores",
                                    "须为阶段名：1 到 20 个大写字母、数字或下划线")),
                    context);
        }
    }
}
