package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What members read promises only what the rules do. Every shipped message text — the SOP
 * templates' posts and the words the shipped lifecycles post or grant with — is read for the
 * rewards it promises, and each promise is held to the shipped rules and their parameters: the
 * points a check-in or a streak earns, who may enter a lottery, what earns a red envelope. A text
 * promising what nothing in Qunflow gives (a coupon, a free order) or asking members to reply with
 * a word nothing acts on fails, as does a text whose figures drift from the parameters.
 */
class ShippedTextPromisesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What nothing in Qunflow gives or acts on: no rule, step or module issues it. */
    private static final List<String> NEVER_GIVEN = List.of("券", "免单", "返现", "回复「", "回复\"");

    private static final Pattern POINTS = Pattern.compile("(\\d+)\\s*积分");
    private static final Pattern DAILY_CHECK_IN = Pattern.compile("每日打卡得\\s*(\\d+)\\s*积分");
    private static final Pattern STREAK = Pattern.compile("连续打卡\\s*(\\d+)\\s*天再得\\s*(\\d+)\\s*积分");
    private static final Pattern LOTTERY_ENTRY = Pattern.compile("打卡满\\s*(\\d+)\\s*天");
    private static final Pattern MILESTONE = Pattern.compile("(\\d+)\\s*人");

    @Test
    void everyShippedText_promisesOnlyWhatTheRulesGive() {
        Map<String, String> texts = shippedTexts();
        assertThat(texts).as("the shipped texts were found").hasSizeGreaterThan(20);
        Map<String, String> parameters = shippedParameters();
        String rewards = resource("/rules/rewards.drl");
        List<String> broken = new ArrayList<>();
        texts.forEach((where, text) -> broken.addAll(problems(where, text, parameters, rewards)));
        assertThat(broken).isEmpty();
    }

    @Test
    void aTextPromisingACouponOrADriftedFigure_isCaught() {
        Map<String, String> parameters = shippedParameters();
        String rewards = resource("/rules/rewards.drl");

        assertThat(problems("t", "每日打卡：回复「打卡」领取今日积分，连续打卡7天送优惠券！", parameters, rewards))
                .hasSize(2);
        assertThat(problems("t", "每日打卡得 8 积分", parameters, rewards)).hasSize(1);
        assertThat(problems("t", "连续打卡 5 天再得 20 积分", parameters, rewards)).hasSize(1);
        assertThat(problems("t", "下单就能参加抽奖！", parameters, rewards)).hasSize(1);
        assertThat(problems("t", "群满 200 人发红包", parameters, rewards)).hasSize(1);
        assertThat(problems("t", "☀️ 每日打卡得 5 积分，连续打卡 7 天再得 50 积分", parameters, rewards))
                .isEmpty();
    }

    /** Why the text promises more than the rules give; empty when it keeps its word. */
    static List<String> problems(String where, String text, Map<String, String> parameters, String rewards) {
        List<String> problems = new ArrayList<>();
        for (String word : NEVER_GIVEN) {
            if (text.contains(word)) {
                problems.add(where + ": promises '" + word + "', which no rule or step gives: " + text);
            }
        }
        int pointsPromised = count(POINTS.matcher(text));
        int pointsExplained = 0;
        Matcher daily = DAILY_CHECK_IN.matcher(text);
        while (daily.find()) {
            pointsExplained++;
            expect(where, text, "rewards.checkin-points", daily.group(1), parameters, problems);
        }
        Matcher streak = STREAK.matcher(text);
        while (streak.find()) {
            pointsExplained++;
            String parameter = "rewards.streak-" + streak.group(1) + "-points";
            if (!rewards.contains("\"" + parameter + "\"")) {
                problems.add(where + ": no rule rewards a " + streak.group(1) + "-day streak: " + text);
            } else {
                expect(where, text, parameter, streak.group(2), parameters, problems);
            }
        }
        if (pointsPromised > pointsExplained) {
            problems.add(where + ": promises points no rule is known to pay: " + text);
        }
        if (text.contains("抽奖")) {
            Matcher entry = LOTTERY_ENTRY.matcher(text);
            if (!entry.find()) {
                problems.add(where + ": a lottery must say who may enter as the lottery rules do: " + text);
            } else {
                expect(where, text, "lottery.min-checkins-7d", entry.group(1), parameters, problems);
            }
        }
        if (text.contains("红包")) {
            Matcher members = MILESTONE.matcher(text);
            boolean milestone = members.find()
                    && List.of(parameters.get("rewards.milestones").split(",")).contains(members.group(1));
            if (!milestone && !text.contains("生日") && !text.contains("连续打卡 30 天")) {
                problems.add(where + ": promises a red envelope no rule sends: " + text);
            }
        }
        return problems;
    }

    private static void expect(
            String where,
            String text,
            String parameter,
            String promised,
            Map<String, String> parameters,
            List<String> problems) {
        if (!promised.equals(parameters.get(parameter))) {
            problems.add(where + ": says " + promised + " where " + parameter + " is " + parameters.get(parameter)
                    + ": " + text);
        }
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    /** Every text members read that ships in {@code workflows/}, by where it is. */
    private static Map<String, String> shippedTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Resource file : resources("classpath*:workflows/sop-templates/*.json")) {
            JsonNode entries = read(file).get("entries");
            for (int i = 0; i < entries.size(); i++) {
                texts.put(
                        file.getFilename() + "#" + i, entries.get(i).get("text").asText());
            }
        }
        for (Resource file : resources("classpath*:workflows/*.bpmn")) {
            String xml = text(file);
            // A lottery's title is read inside its announcement, which says who may enter from the
            // lottery rule's own parameter (StartLotteryTaskTest holds it to that).
            for (String input : List.of("text", "prize", "instructions")) {
                Matcher value = Pattern.compile("<camunda:inputParameter name=\"" + input + "\">([^<]*)<")
                        .matcher(xml);
                while (value.find()) {
                    texts.put(file.getFilename() + " " + input, value.group(1));
                }
            }
        }
        return texts;
    }

    private static Map<String, String> shippedParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Resource file : resources("classpath*:rules/parameters/*.json")) {
            read(file)
                    .forEach(p ->
                            values.put(p.get("name").asText(), p.get("value").asText()));
        }
        return values;
    }

    private static List<Resource> resources(String pattern) {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ShippedTextPromisesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
