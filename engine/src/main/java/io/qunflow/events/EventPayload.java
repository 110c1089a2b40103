package io.qunflow.events;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.common.FieldProblem;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.Text;
import io.qunflow.common.constraints.Violations;
import io.qunflow.members.MemberRole;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's payload holds what its type needs, with the right types: a join's role, nickname,
 * birthday and channel; a message's text and flags; a reaction's target; an order's cents. Fields
 * a type does not read are let through as they are.
 */
@Documented
@Constraint(validatedBy = EventPayload.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface EventPayload {

    /** The longest payload stored, as JSON text; the store's column holds twice as much. */
    int MAX_LENGTH = 100_000;

    /**
     * The largest order, in cents: a hundred million yuan. Orders are added up per member and day,
     * per group and over up to a year; without a bound one order near {@code Long.MAX_VALUE} made
     * the next one overflow the day's sum in the database, a 500 for every later order.
     */
    long MAX_ORDER_CENTS = 10_000_000_000L;

    /** The longest message an event may carry, in characters as typed. */
    int MAX_MESSAGE_CHARACTERS = 10_000;

    /** The longest name of a shared card's owner (a WeCom userid and a company's name). */
    int MAX_CARD_OWNER = 200;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What the payload check reads of a request: its type as sent and its payload. */
    interface Fields {
        String type();

        JsonNode payload();
    }

    final class Check implements ConstraintValidator<EventPayload, Fields> {

        @Override
        public boolean isValid(Fields event, ConstraintValidatorContext context) {
            JsonNode payload = event.payload();
            List<FieldProblem> problems = new ArrayList<>();
            if (payload != null) {
                if (!payload.isObject()) {
                    problems.add(new FieldProblem("", new Words("must be a JSON object", "须为 JSON 对象")));
                } else if (payload.toString().length() > MAX_LENGTH) {
                    problems.add(new FieldProblem(
                            "",
                            new Words(
                                    "must be at most " + MAX_LENGTH + " characters as JSON",
                                    "写成 JSON 后最多 " + MAX_LENGTH + " 个字符")));
                } else if (OneOf.Check.problems(event.type(), EventType.class, true)
                        .isEmpty()) {
                    problems.addAll(byType(EventType.valueOf(event.type()), payload));
                }
            }
            return Violations.report("payload", problems, context);
        }

        private static List<FieldProblem> byType(EventType type, JsonNode payload) {
            List<FieldProblem> problems = new ArrayList<>();
            switch (type) {
                case MEMBER_JOINED -> {
                    JsonNode role = payload.get("role");
                    if (role != null && !role.isNull()) {
                        OneOf.Check.problems(
                                        role.isTextual() ? role.asText() : role.toString(), MemberRole.class, false)
                                .forEach(p -> problems.add(new FieldProblem("role", p)));
                    }
                    text(payload, "nickname", 100, false, problems);
                    String birthday = text(payload, "birthday", 10, false, problems);
                    if (birthday != null && !isBirthday(birthday)) {
                        problems.add(new FieldProblem(
                                "birthday", new Words("must be MM-DD or YYYY-MM-DD", "须为 MM-DD 或 YYYY-MM-DD")));
                    }
                    text(payload, "channel", 100, false, problems);
                }
                case MESSAGE_POSTED -> {
                    // A member's message counts characters as typed, an emoji as one: the columns
                    // that keep it hold 10,000 of any plane (20,000 UTF-16 units).
                    String text = text(payload, "text", Integer.MAX_VALUE, true, problems);
                    if (text != null && text.codePointCount(0, text.length()) > MAX_MESSAGE_CHARACTERS) {
                        problems.add(new FieldProblem(
                                "text",
                                new Words(
                                        "must be at most " + MAX_MESSAGE_CHARACTERS + " characters",
                                        "最多 " + MAX_MESSAGE_CHARACTERS + " 个字符")));
                    }
                    text(payload, "contactCardOwner", MAX_CARD_OWNER, false, problems);
                    for (String flag : new String[] {"miniProgram", "qrImage", "link", "contactCard"}) {
                        JsonNode value = payload.get(flag);
                        if (value != null && !value.isNull() && !value.isBoolean()) {
                            problems.add(new FieldProblem(flag, new Words("must be true or false", "须为 true 或 false")));
                        }
                    }
                }
                case REACTION_GIVEN -> {
                    String target = text(payload, "targetMemberId", 100, true, problems);
                    if (target != null) {
                        Identifier.Check.problems(target, true)
                                .forEach(p -> problems.add(new FieldProblem("targetMemberId", p)));
                    }
                }
                case ORDER_PAID -> {
                    JsonNode amount = payload.get("amountCents");
                    if (amount == null || amount.isNull()) {
                        problems.add(new FieldProblem("amountCents", Words.REQUIRED));
                    } else if (!amount.canConvertToLong()
                            || !amount.isIntegralNumber()
                            || amount.asLong() < 0
                            || amount.asLong() > MAX_ORDER_CENTS) {
                        problems.add(new FieldProblem(
                                "amountCents",
                                new Words(
                                        "must be a whole number of cents from 0 to " + MAX_ORDER_CENTS
                                                + " (a hundred million yuan)",
                                        "须为 0 到 " + MAX_ORDER_CENTS + " 之间的整数（单位：分，即最多一亿元）")));
                    }
                    text(payload, "orderId", 200, false, problems);
                }
                case LINK_CLICKED -> text(payload, "url", 4000, false, problems);
                default -> {}
            }
            return problems;
        }

        /** MM-DD or YYYY-MM-DD, read as a date (29 February included), not matched as a pattern. */
        private static boolean isBirthday(String birthday) {
            try {
                if (birthday.length() == 5) {
                    MonthDay.parse("--" + birthday);
                    return true;
                }
                return birthday.length() == 10 && LocalDate.parse(birthday) != null;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        private static String text(
                JsonNode payload, String field, int max, boolean required, List<FieldProblem> problems) {
            JsonNode value = payload.get(field);
            if (value != null && !value.isNull() && !value.isTextual()) {
                problems.add(new FieldProblem(field, new Words("must be a string", "须为字符串")));
                return null;
            }
            String text = value == null || value.isNull() ? null : value.asText();
            if (required && text == null) {
                problems.add(new FieldProblem(field, Words.REQUIRED));
                return null;
            }
            if (text != null) {
                Text.Check.problems(text, max, false).forEach(p -> problems.add(new FieldProblem(field, p)));
            }
            return text;
        }
    }
}
