package io.qunflow.lottery;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** No two prizes of a lottery share an id (given, or the one their position gives them). */
@Documented
@Constraint(validatedBy = UniquePrizeIds.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface UniquePrizeIds {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<UniquePrizeIds, LotteryController.CreateRequest> {

        @Override
        public boolean isValid(LotteryController.CreateRequest request, ConstraintValidatorContext context) {
            if (request == null || request.prizes() == null) {
                return true;
            }
            Set<String> ids = new HashSet<>();
            boolean valid = true;
            for (int i = 0; i < request.prizes().size(); i++) {
                LotteryController.PrizeRequest prize = request.prizes().get(i);
                if (prize != null && !ids.add(LotteryController.CreateRequest.idOf(prize, i))) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.unwrap(HibernateConstraintValidatorContext.class)
                            .withDynamicPayload("须在本次抽奖内唯一")
                            .buildConstraintViolationWithTemplate("must be unique within the lottery")
                            .addPropertyNode("prizes")
                            .addPropertyNode("id")
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
