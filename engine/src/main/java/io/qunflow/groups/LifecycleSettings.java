package io.qunflow.groups;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The defaults every new group's lifecycle starts with. They become process variables of the
 * group's workflow, so a designer can also override them per process in the modeler.
 *
 * @param launchPeriod how long a group stays in launch before warm-up begins
 * @param topicInterval how often warm-up posts a discussion topic or check-in reminder
 * @param warmUpMaxDays warm-up ends after this many days even if the activity threshold is not met
 * @param warmUpActivityThreshold share of members active in 7 days that ends warm-up early
 * @param promotionPeriod how long a promotion campaign runs before pruning
 * @param promotionActivityThreshold after pruning, a group this active goes straight back to promotion
 * @param dailyTopics topics posted in turn during warm-up
 * @param campaignMessage what the promotion phase posts
 */
@ConfigurationProperties("qunflow.lifecycle")
public record LifecycleSettings(
        Duration launchPeriod,
        Duration topicInterval,
        int warmUpMaxDays,
        double warmUpActivityThreshold,
        Duration promotionPeriod,
        double promotionActivityThreshold,
        List<String> dailyTopics,
        String campaignMessage) {

    public LifecycleSettings {
        if (dailyTopics == null || dailyTopics.isEmpty()) {
            dailyTopics =
                    List.of("今日话题：你最近入手的宝贝是什么？晒单分享有惊喜～", "每日打卡：回复「打卡」领取今日积分，连续打卡7天送优惠券！", "今日话题：说说你用过最值得回购的一件好物吧！");
        }
        if (campaignMessage == null || campaignMessage.isBlank()) {
            campaignMessage = "【限时福利】本周群专属优惠券已发放，拼团下单立享折扣，名额有限，先到先得！";
        }
    }
}
