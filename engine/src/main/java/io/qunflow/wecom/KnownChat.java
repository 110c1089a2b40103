package io.qunflow.wecom;

import static java.lang.annotation.ElementType.TYPE_USE;
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

/**
 * A WeCom customer group Qunflow knows (WeCom told it of the group); absent is left to the other
 * constraints. Its check is built by Spring, so that it can ask the chat store.
 */
@Documented
@Constraint(validatedBy = KnownChat.Check.class)
@Target(TYPE_USE)
@Retention(RUNTIME)
@interface KnownChat {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<KnownChat, String> {

        private final ChatStore chats;

        Check(ChatStore chats) {
            this.chats = chats;
        }

        @Override
        public boolean isValid(String chatId, ConstraintValidatorContext context) {
            return Violations.report(
                    chatId == null || chats.known(chatId)
                            ? List.of()
                            : List.of(
                                    new Words("is not a WeCom customer group Qunflow knows", "不是 Qunflow 已知的企业微信客户群")),
                    context);
        }
    }
}
