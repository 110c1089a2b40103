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

/** One or more of the scopes a key may carry ({@link ApiKeys#SCOPES}), named as one problem of the whole list. */
@Documented
@Constraint(validatedBy = ApiScopes.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@interface ApiScopes {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<ApiScopes, List<String>> {

        @Override
        public boolean isValid(List<String> scopes, ConstraintValidatorContext context) {
            // A null is refused before the look-up: the immutable list of scopes throws on contains(null).
            if (scopes != null
                    && !scopes.isEmpty()
                    && scopes.stream().allMatch(scope -> scope != null && ApiKeys.SCOPES.contains(scope))) {
                return true;
            }
            return Violations.report(
                    List.of(new Words("must be one or more of " + ApiKeys.SCOPES, "须为以下一项或多项：" + ApiKeys.SCOPES)),
                    context);
        }
    }
}
