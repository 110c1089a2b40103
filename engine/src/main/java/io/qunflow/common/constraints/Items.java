package io.qunflow.common.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.qunflow.common.Words;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.List;

/**
 * A list of {@link #min()} to {@link #max()} items, said in the words of the field ("must hold at
 * most 50 tags", "最多 50 个标签"); absent is fine unless {@link #required()}, and then refused in
 * the same words. In place of {@code @Size}, whose words come only in English.
 */
@Documented
@Constraint(validatedBy = Items.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Items {

    int min() default 0;

    int max();

    boolean required() default false;

    /** What is wrong when the count is not in range, in English. */
    String en();

    /** The same in Chinese. */
    String zh();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Items, Collection<?>> {

        private Items items;

        @Override
        public void initialize(Items items) {
            this.items = items;
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            boolean fine =
                    value == null ? !items.required() : value.size() >= items.min() && value.size() <= items.max();
            return Violations.report(fine ? List.of() : List.of(new Words(items.en(), items.zh())), context);
        }
    }
}
