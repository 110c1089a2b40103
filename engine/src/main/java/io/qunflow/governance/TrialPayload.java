package io.qunflow.governance;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.Text;
import io.qunflow.events.EventType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A trial event's payload: a JSON object when given, and for a message the text it says, as the
 * event API wants them. On the event, since what the payload needs depends on the event's type.
 */
@Documented
@Constraint(validatedBy = TrialPayload.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface TrialPayload {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TrialPayload, TrialEvent> {

        @Override
        public boolean isValid(TrialEvent event, ConstraintValidatorContext context) {
            if (event == null) {
                return true;
            }
            JsonNode payload = event.payload();
            if (payload != null && !payload.isNull() && !payload.isObject()) {
                return refuse(context, List.of(new Words("must be a JSON object", "须为 JSON 对象")), false);
            }
            if (!EventType.MESSAGE_POSTED.name().equals(event.type())) {
                return true;
            }
            JsonNode text = payload == null ? null : payload.get("text");
            List<Words> problems = text == null || !text.isTextual()
                    ? List.of(Words.REQUIRED)
                    : Text.Check.problems(text.asText(), 10_000, false);
            return refuse(context, problems, true);
        }

        /** Names the payload, or its text, as the field at fault; the words quote nothing sent, so hold no expressions. */
        private static boolean refuse(ConstraintValidatorContext context, List<Words> problems, boolean text) {
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            for (Words problem : problems) {
                // The Chinese travels as the violation's payload, as for the shared constraints.
                var node = hibernate
                        .withDynamicPayload(problem.zh())
                        .buildConstraintViolationWithTemplate(problem.en())
                        .addPropertyNode("payload");
                (text ? node.addPropertyNode("text") : node).addConstraintViolation();
            }
            return false;
        }
    }
}
