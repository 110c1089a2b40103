package io.qunflow.members;

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

/** One of the layers layering places members in: core, active, silent, churned. */
@Documented
@Constraint(validatedBy = LayerName.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface LayerName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<LayerName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Layering.LAYERS.contains(value)) {
                return true;
            }
            return Violations.report(
                    List.of(new Words("must be one of " + Layering.LAYERS, "须为以下之一：" + Layering.LAYERS)), context);
        }
    }
}
