package io.qunflow.lottery;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What members read when a lottery opens: the prizes, who may enter — in the words of the shipped
 * {@code lottery} rule, with its threshold — and when it is drawn. Promises nothing the draw does
 * not do.
 */
final class LotteryAnnouncement {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private LotteryAnnouncement() {}

    static String text(String title, List<Prize> prizes, int minCheckIns, ZonedDateTime closesAt) {
        String prizeList = prizes.stream()
                .map(p -> p.name() + " ×" + p.inventory() + (p.points() == null ? "" : "（" + p.points() + " 积分）"))
                .collect(Collectors.joining("、"));
        String who =
                minCheckIns <= 0 ? "群成员均可参与（群主、管理员和工作人员除外）" : "近 7 天打卡满 " + minCheckIns + " 天的成员自动参与（群主、管理员和工作人员除外）";
        return "🎁 抽奖「" + title + "」开始啦！奖品：" + prizeList + "。" + who + "，" + WHEN.format(closesAt) + " 开奖。";
    }
}
