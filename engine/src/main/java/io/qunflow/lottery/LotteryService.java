package io.qunflow.lottery;

import io.qunflow.actions.ActionOutbox;
import io.qunflow.actions.ActionType;
import io.qunflow.actions.NewAction;
import io.qunflow.common.ConflictException;
import io.qunflow.common.Ids;
import io.qunflow.common.NotFoundException;
import io.qunflow.groups.Group;
import io.qunflow.groups.GroupService;
import io.qunflow.members.ActivityFigures;
import io.qunflow.members.Member;
import io.qunflow.members.MemberService;
import io.qunflow.rewards.RewardService;
import io.qunflow.rules.Decision;
import io.qunflow.rules.Evaluation;
import io.qunflow.rules.RuleEngine;
import io.qunflow.rules.RuleParameters;
import io.qunflow.rules.model.LotteryEntrant;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lotteries: created with prizes, drawn once among the members the {@code lottery} rule set makes
 * eligible, audited by replaying the recorded draw; prizes with a points cost can be redeemed.
 */
@Service
public class LotteryService {

    static final String RULE_SET = "lottery";

    /** The eligibility threshold the shipped {@code lottery} rules read, named in announcements. */
    static final String MIN_CHECK_INS = "lottery.min-checkins-7d";

    private final LotteryStore store;
    private final GroupService groups;
    private final MemberService members;
    private final RewardService rewards;
    private final RuleEngine rules;
    private final ActionOutbox outbox;
    private final RuleParameters parameters;
    private final ObjectProvider<LotteryService> self;
    private final Clock clock;

    LotteryService(
            LotteryStore store,
            GroupService groups,
            MemberService members,
            RewardService rewards,
            RuleEngine rules,
            ActionOutbox outbox,
            RuleParameters parameters,
            ObjectProvider<LotteryService> self,
            Clock clock) {
        this.store = store;
        this.groups = groups;
        this.members = members;
        this.rewards = rewards;
        this.rules = rules;
        this.outbox = outbox;
        this.parameters = parameters;
        this.self = self;
        this.clock = clock;
    }

    @Transactional
    public Lottery create(String groupId, String title, List<Prize> prizes, String by) {
        groups.get(groupId);
        String id = Ids.next("lot");
        store.insert(id, groupId, title, by, now(), null, prizes);
        return get(groupId, id);
    }

    /**
     * Opens a lottery that closes on its own — drawn at {@code closesAt} among the members the
     * {@code lottery} rules make eligible — and tells the group about it (SEND_MESSAGE) in words that
     * say who may enter as the rules say it.
     *
     * @param dedupeKey unique per start (a workflow step's visit): the announcement is queued once
     */
    @Transactional
    public Lottery start(
            String groupId, String title, List<Prize> prizes, OffsetDateTime closesAt, String by, String dedupeKey) {
        Group group = groups.get(groupId);
        String id = Ids.next("lot");
        store.insert(id, groupId, title, by, now(), closesAt, prizes);
        outbox.enqueue(List.of(new NewAction(
                dedupeKey + ":SEND_MESSAGE",
                ActionType.SEND_MESSAGE,
                groupId,
                null,
                null,
                LotteryAnnouncement.text(
                        title,
                        prizes,
                        (int) parameters.number(MIN_CHECK_INS),
                        closesAt.atZoneSameInstant(group.timeZone())),
                null,
                null)));
        return get(groupId, id);
    }

    /**
     * Draws every open lottery whose closing time has come. A lottery another node drew first is
     * left as it is. Runs once a minute by default ({@code qunflow.lottery.close-check}).
     */
    @Scheduled(fixedDelayString = "${qunflow.lottery.close-check:PT1M}", initialDelayString = "PT1M")
    public void drawClosed() {
        for (LotteryStore.Ref closed : store.closedBy(now())) {
            try {
                self.getObject().draw(closed.groupId(), closed.id());
            } catch (ConflictException drawnElsewhere) {
                // Drawn by hand or by another node since the query: its draw stands.
            }
        }
    }

    /** @throws NotFoundException when the group has no such lottery */
    public Lottery get(String groupId, String id) {
        return store.find(groupId, id, false).orElseThrow(() -> new NotFoundException("Lottery", "抽奖", id));
    }

    /**
     * Draws once: the rules pick the entrants, a fresh seed shuffles them, prizes go out in order.
     * Seed, entrants and the units available are stored with the winners; each winner is told
     * (SEND_MESSAGE) and points prizes are booked (GRANT_POINTS).
     *
     * @throws ConflictException when the lottery was drawn already
     */
    @Transactional
    public Lottery draw(String groupId, String id) {
        Lottery lottery = store.find(groupId, id, true).orElseThrow(() -> new NotFoundException("Lottery", "抽奖", id));
        if (!"OPEN".equals(lottery.status())) {
            throw new ConflictException(
                    "Lottery '" + id + "' was drawn at " + lottery.drawnAt(),
                    "抽奖 " + id + " 已于 " + lottery.drawnAt() + " 开奖");
        }
        Group group = groups.get(groupId);
        Map<String, ActivityFigures> activity = members.activity(group);
        List<LotteryEntrant> facts = new ArrayList<>();
        for (Member m : members.inGroup(groupId)) {
            ActivityFigures f = activity.getOrDefault(m.memberId(), ActivityFigures.none(m.memberId()));
            facts.add(new LotteryEntrant(
                    id, m.memberId(), m.role().name(), f.checkIns7d(), f.messages7d(), f.messages30d()));
        }
        Evaluation eligibility = rules.evaluate(RULE_SET, facts);
        TreeSet<String> entrants = new TreeSet<>();
        for (Decision d : eligibility.decisions()) {
            if ("ELIGIBLE".equals(d.outcome())) {
                entrants.add(d.memberId());
            }
        }
        String seed = LotteryDraw.newSeed();
        List<String> sorted = List.copyOf(entrants);
        List<LotteryDraw.Winner> winners = LotteryDraw.draw(seed, sorted, lottery.prizes());
        store.drawn(id, now(), seed, sorted, eligibility.version(), lottery.prizes(), winners);
        List<NewAction> actions = new ArrayList<>();
        for (LotteryDraw.Winner w : winners) {
            Prize prize = lottery.prizes().stream()
                    .filter(p -> p.id().equals(w.prizeId()))
                    .findFirst()
                    .orElseThrow();
            String key = "lottery:" + id + ":" + w.position();
            actions.add(new NewAction(
                    key + ":SEND_MESSAGE",
                    ActionType.SEND_MESSAGE,
                    groupId,
                    null,
                    w.memberId(),
                    "🎉 恭喜中奖！「" + lottery.title() + "」抽中「" + prize.name() + "」",
                    null,
                    null));
            if (prize.points() != null) {
                rewards.book(
                        groupId,
                        w.memberId(),
                        prize.points(),
                        "抽奖「" + lottery.title() + "」奖品：" + prize.name(),
                        "lottery draw",
                        "lottery|" + id + "|" + w.position());
                actions.add(new NewAction(
                        key + ":GRANT_POINTS",
                        ActionType.GRANT_POINTS,
                        groupId,
                        null,
                        w.memberId(),
                        null,
                        null,
                        prize.points()));
            }
        }
        outbox.enqueue(actions);
        return get(groupId, id);
    }

    /** Whether replaying the recorded seed and entrants gives the recorded winners. */
    public boolean reproducible(Lottery lottery) {
        return lottery.seed() != null
                && LotteryDraw.draw(lottery.seed(), lottery.entrants(), lottery.prizesAtDraw())
                        .equals(lottery.winners());
    }

    /** What a redemption did. */
    public record Redemption(
            String redemptionId, String memberId, String prizeId, int pointsSpent, long balance, int remaining) {}

    /**
     * Spends a member's points on a prize. The redemption id makes it safe to retry: the same id
     * again spends nothing more. The balance never goes below zero.
     *
     * @throws ConflictException when the member's balance is short or the prize is gone
     */
    @Transactional
    public Redemption redeem(String groupId, String id, String redemptionId, String memberId, String prizeId) {
        // The balance is read, then spent: with the group's row locked meanwhile, two redemptions
        // of one member at once (in two lotteries, on two nodes) cannot both find it enough.
        groups.lock(groupId);
        Lottery lottery = store.find(groupId, id, true).orElseThrow(() -> new NotFoundException("Lottery", "抽奖", id));
        members.get(groupId, memberId);
        Prize prize = lottery.prizes().stream()
                .filter(p -> p.id().equals(prizeId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Prize", "奖品", prizeId));
        if (prize.pointsCost() == null) {
            throw new ConflictException(
                    "Prize '" + prizeId + "' cannot be redeemed for points", "奖品 " + prizeId + " 不能用积分兑换");
        }
        String key = "redeem|" + groupId + "|" + id + "|" + redemptionId;
        String reason = "兑换「" + prize.name() + "」（抽奖「" + lottery.title() + "」）";
        long balance = rewards.balance(groupId, memberId);
        Optional<RewardService.BookedEntry> earlier = rewards.entry(key);
        if (earlier.isPresent()) {
            // A retry answers what it did; the same id for another member or prize did nothing.
            if (!earlier.get().memberId().equals(memberId)
                    || !earlier.get().reason().equals(reason)) {
                throw new ConflictException(
                        "Redemption '" + redemptionId + "' was made already, by member '"
                                + earlier.get().memberId() + "': "
                                + earlier.get().reason(),
                        "兑换请求 " + redemptionId + " 已由成员 " + earlier.get().memberId() + " 使用："
                                + earlier.get().reason());
            }
            return new Redemption(redemptionId, memberId, prizeId, prize.pointsCost(), balance, prize.remaining());
        }
        if (prize.remaining() <= 0) {
            throw new ConflictException("Prize '" + prize.name() + "' is out of stock", "奖品“" + prize.name() + "”已兑完");
        }
        if (balance < prize.pointsCost()) {
            throw new ConflictException(
                    "Member '" + memberId + "' has " + balance + " points; '" + prize.name() + "' costs "
                            + prize.pointsCost(),
                    "成员 " + memberId + " 有 " + balance + " 积分，“" + prize.name() + "”需要 " + prize.pointsCost() + " 积分");
        }
        rewards.book(groupId, memberId, -prize.pointsCost(), reason, "points redemption", key);
        store.take(id, prizeId);
        return new Redemption(
                redemptionId,
                memberId,
                prizeId,
                prize.pointsCost(),
                balance - prize.pointsCost(),
                prize.remaining() - 1);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
