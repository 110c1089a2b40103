package io.qunflow.simulator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.EventType;
import io.qunflow.sop.Purpose;
import io.qunflow.sop.SopPost;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * What the members of a simulated group do, by persona: join, talk, spam, react, check in, pay,
 * leave, and click the posts they see. Each group draws from its own random stream, in a fixed
 * order, so the same seed plans the same events.
 */
final class Behaviour {

    private static final String[] CHAT = {
        "今天的菜品看起来不错",
        "请问周末营业吗？",
        "已下单，期待～",
        "分享一个小技巧：先预约再到店",
        "谢谢群主的福利🎉",
        "这个活动什么时候结束？",
        "打卡第一天",
        "刚收到货，质量很好👍",
        "有没有人一起拼单",
        "早上好☀️",
        "孩子很喜欢这个",
        "上次买的已经用完了，回购",
        "这个怎么用？",
        "推荐给朋友了",
        "晚安🌙"
    };
    private static final String[] SPAM = {"加我微信领红包", "兼职刷单日结300", "网赌上分稳赚不赔", "淘宝更便宜，别在这买", "点击链接领取优惠券"};

    private final Agenda agenda;

    Behaviour(Agenda agenda) {
        this.agenda = agenda;
    }

    /** Plans the group's day: who joins, and what each member in the group does. */
    void planDay(SimGroup g, int day, Instant dayStart) {
        Random r = g.random;
        List<SimGroup.SimMember> present =
                g.members.stream().filter(m -> m.in && !m.gone).toList();
        for (SimGroup.SimMember m : g.members) {
            if (m.joinDay == day && !m.in && !m.gone) {
                agenda.plan(
                        at(dayStart, r, 8, 22),
                        g,
                        m,
                        EventType.MEMBER_JOINED,
                        payload()
                                .put("nickname", "会员" + m.id.substring(m.id.length() - 4))
                                .put("channel", m.channel)
                                .put("role", "MEMBER"));
            }
        }
        for (SimGroup.SimMember m : present) {
            planMember(g, m, present, dayStart);
        }
    }

    private void planMember(SimGroup g, SimGroup.SimMember m, List<SimGroup.SimMember> present, Instant dayStart) {
        Random r = g.random;
        Persona p = m.persona;
        if (r.nextDouble() < p.leaveChance) {
            agenda.plan(at(dayStart, r, 8, 23), g, m, EventType.MEMBER_LEFT, payload());
        }
        for (int i = poisson(r, p.messagesPerDay); i > 0; i--) {
            String text = p == Persona.SPAMMER && r.nextDouble() < 0.7
                    ? SPAM[r.nextInt(SPAM.length)]
                    : CHAT[r.nextInt(CHAT.length)];
            agenda.plan(
                    at(dayStart, r, 7, 23),
                    g,
                    m,
                    EventType.MESSAGE_POSTED,
                    payload().put("text", text));
        }
        if (p == Persona.SPAMMER && r.nextDouble() < 0.05) {
            Instant burst = at(dayStart, r, 9, 22);
            for (int i = 0; i < 10; i++) {
                agenda.plan(
                        burst.plusSeconds(2L * i),
                        g,
                        m,
                        EventType.MESSAGE_POSTED,
                        payload().put("text", CHAT[r.nextInt(CHAT.length)]));
            }
        }
        for (int i = poisson(r, p.reactionsPerDay); i > 0 && present.size() > 1; i--) {
            SimGroup.SimMember target = present.get(r.nextInt(present.size()));
            if (target != m) {
                agenda.plan(
                        at(dayStart, r, 7, 23),
                        g,
                        m,
                        EventType.REACTION_GIVEN,
                        payload().put("targetMemberId", target.id));
            }
        }
        if (r.nextDouble() < p.checkInChance) {
            agenda.plan(at(dayStart, r, 6, 10), g, m, EventType.CHECKED_IN, payload());
        }
        if (r.nextDouble() < p.organicOrderChance) {
            agenda.plan(at(dayStart, r, 9, 23), g, m, EventType.ORDER_PAID, order(r));
        }
    }

    /** Members who see a post may click it, and some of those pay within two hours. */
    void planClicks(SimGroup g, SopPost post) {
        Random r = g.random;
        double boost = post.purpose() == Purpose.ACTIVITY ? 1.5 : 1.0;
        Instant sent = post.dueAt().toInstant();
        for (SimGroup.SimMember m : g.members) {
            if (!m.in || m.gone || r.nextDouble() >= m.persona.clickChance * boost) {
                continue;
            }
            long delaySeconds = Math.min(6 * 3600, (long) (-Math.log(1 - r.nextDouble()) * 45 * 60));
            Instant click = sent.plusSeconds(1 + delaySeconds);
            agenda.plan(click, g, m, EventType.LINK_CLICKED, payload().put("postId", post.id()));
            if (r.nextDouble() < m.persona.buyAfterClick) {
                agenda.plan(click.plusSeconds(180 + r.nextInt(117 * 60)), g, m, EventType.ORDER_PAID, order(r));
            }
        }
    }

    /** A member carrying out a removal reports the member gone a few seconds later. */
    void planRemoval(SimGroup g, SimGroup.SimMember m, Instant decidedAt) {
        agenda.plan(decidedAt.plusSeconds(5), g, m, EventType.MEMBER_LEFT, payload());
    }

    private ObjectNode order(Random r) {
        return payload().put("amountCents", 990 + 100L * r.nextInt(200)).put("orderId", "sim-o" + agenda.nextSeq());
    }

    private static ObjectNode payload() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static Instant at(Instant dayStart, Random r, int fromHour, int toHour) {
        return dayStart.plusSeconds(fromHour * 3600L + r.nextInt((toHour - fromHour) * 3600));
    }

    /** A Poisson draw (Knuth's method: the rates here are small). */
    private static int poisson(Random r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }
}
