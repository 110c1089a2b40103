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
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** A time-zone id the JDK knows, such as Asia/Shanghai; absent is fine. */
@Documented
@Constraint(validatedBy = TimeZoneName.Check.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface TimeZoneName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TimeZoneName, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                ZoneId.of(value);
                return true;
            } catch (DateTimeException e) {
                return Violations.report(
                        List.of(new Words("must be a time-zone id such as Asia/Shanghai", "须为时区名称，例如 Asia/Shanghai")),
                        context);
            }
        }
    }
}
