package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.reviews.ModeratedGroup;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ReviewBrowserTest extends BrowserTest {

    private static final OffsetDateTime LATER = ModeratedGroup.JOINED.plusDays(3);

    private ApiClient viewerApi() {
        return ApiClient.asUser(port, "viewer", "qunflow");
    }

    private int strikes(ModeratedGroup group, String memberId) {
        return viewerApi()
                .get("/api/v1/groups/" + group.id + "/members/" + memberId)
                .body()
                .get("strikes")
                .asInt();
    }

    private String reviewStatus(ModeratedGroup group, String memberId) {
        return viewerApi()
                .get("/api/v1/reviews?groupId=" + group.id + "&memberId=" + memberId)
                .body()
                .get(0)
                .get("status")
                .asText();
    }

    /** Shows only the group's items: the queue is shared with every other test's decisions. */
    private void openQueueOf(ModeratedGroup group, int items) {
        page.navigate(url("/#/reviews"));
        page.waitForSelector("#view[data-ready=reviews]");
        page.fill("#rv-group", group.id);
        page.locator("#rv-group").blur();
        page.waitForFunction(
                "([group, n]) => { const items = [...document.querySelectorAll('#rv-items li.review')];"
                        + " return items.length === n && items.every(li => li.textContent.includes(group)); }",
                new Object[] {group.id, items});
    }

    @Test
    void compliance_movesWithJAndK_andOverturnsWithO_andTheMembersStrikeIsTakenBack() {
        ModeratedGroup group = new ModeratedGroup(port);
        String wronged = group.join("wronged", "王阿姨");
        String spammer = group.join("spammer");
        group.say(wronged, LATER, "加我微信领红包");
        group.say(spammer, LATER.plusMinutes(1), "加我微信看详情");
        assertThat(strikes(group, wronged)).isEqualTo(1);
        logIn("compliance");

        openQueueOf(group, 2);
        assertThat(page.getAttribute("#rv-items li.review.selected", "data-member"))
                .isEqualTo(spammer);
        assertThat(page.textContent("#rv-items li.review.selected .rv-hits")).contains("加我微信", "引流/私加", "敏感词库");
        assertThat(page.textContent("#rv-items li.review.selected .rv-rule"))
                .contains("A first offence is warned and the message deleted");
        page.keyboard().press("j");
        assertThat(page.getAttribute("#rv-items li.review.selected", "data-member"))
                .isEqualTo(wronged);
        page.keyboard().press("k");
        assertThat(page.getAttribute("#rv-items li.review.selected", "data-member"))
                .isEqualTo(spammer);
        page.keyboard().press("j");
        page.fill("#rv-note", "这是在提醒大家别加陌生人");
        page.locator("#rv-note").blur();
        page.keyboard().press("o");

        page.waitForSelector("#rv-status.success");
        assertThat(page.textContent("#rv-status")).contains("已推翻对 王阿姨（wronged） 的处理", "违规记录已撤销");
        page.waitForFunction("() => document.querySelectorAll('#rv-items li.review').length === 1");
        assertThat(page.getAttribute("#rv-items li.review", "data-member")).isEqualTo(spammer);
        assertThat(strikes(group, wronged)).isZero();
        assertThat(strikes(group, spammer)).isEqualTo(1);
        assertThat(reviewStatus(group, wronged)).isEqualTo("OVERTURNED");
        assertThat(page.locator("#rv-by-rule tr[data-name='A first offence is warned and the message deleted'] td")
                        .allTextContents())
                .as("decisions, upheld, overturned, open, precision in this group")
                .containsExactly("A first offence is warned and the message deleted", "2", "0", "1", "1", "0%");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();

        page.click("#lang");
        page.waitForSelector("#view[data-ready=reviews]");
        assertThat(page.textContent("h1")).startsWith("Moderation reviews");
        assertThat(page.textContent("#rv-keys")).contains("J", "next", "U", "Uphold", "O", "Overturn");
    }

    private String text(String selector) {
        return page.textContent(selector);
    }

    @Test
    void items_nameTheGroupAndTheMember_withTheIdsBeside_inAnyScriptAndLength_withoutBreakingTheLayout() {
        ModeratedGroup group = new ModeratedGroup(port, "宝妈交流群 🍼");
        String emoji = group.join("flower", "🌸小美👩‍👩‍👧");
        String arabic = group.join("rtl", "مرحبا (2)");
        String longName = "W".repeat(100);
        String endless = group.join("endless", longName);
        group.say(emoji, LATER, "加我微信领红包");
        group.say(arabic, LATER.plusMinutes(1), "加我微信看详情");
        group.say(endless, LATER.plusMinutes(2), "加我微信有惊喜");
        group.say("stranger", LATER.plusMinutes(3), "加我微信送好礼");
        logIn("compliance");

        openQueueOf(group, 4);

        String flower = "#rv-items li.review[data-member=flower] ";
        assertThat(text(flower + ".rv-member .named-name")).isEqualTo("🌸小美👩‍👩‍👧");
        assertThat(text(flower + ".rv-member .named-id")).isEqualTo("flower");
        assertThat(page.getAttribute(flower + ".rv-member", "title")).isEqualTo("成员 ID：flower");
        assertThat(text(flower + ".rv-group .named-name")).isEqualTo("宝妈交流群 🍼");
        assertThat(text(flower + ".rv-group .named-id")).isEqualTo(group.id);
        assertThat(page.getAttribute(flower + ".rv-group", "title")).isEqualTo("群 ID：" + group.id);
        assertThat(text("#rv-items li.review[data-member=stranger] .rv-member"))
                .as("no nickname: the id stands in")
                .isEqualTo("stranger");
        // The right-to-left name is isolated: its "(2)" stays its own and the id still follows it.
        assertThat(page.evaluate(
                        "() => document.querySelector('li.review[data-member=rtl] .rv-member .named-name').tagName"))
                .isEqualTo("BDI");
        assertThat(text("#rv-items li.review[data-member=rtl] .rv-member .named-name"))
                .isEqualTo("مرحبا (2)");
        assertThat(text("#rv-items li.review[data-member=endless] .rv-member .named-name"))
                .isEqualTo(longName);
        assertThat(page.evaluate("() => [document.documentElement, ...document.querySelectorAll('#rv-items li.review')]"
                        + ".filter(el => el.scrollWidth > el.clientWidth).map(el => el.className || el.tagName)"))
                .as("a 100-letter nickname wraps inside its item; nothing scrolls sideways")
                .asList()
                .isEmpty();

        page.click("#rv-items li.review[data-member=flower] .rv-uphold");
        page.waitForSelector("#rv-status.success");
        assertThat(text("#rv-status")).contains("已维持对 🌸小美👩‍👩‍👧（flower） 的处理");
        assertThat(reviewStatus(group, emoji)).isEqualTo("UPHELD");

        page.click("#lang");
        page.waitForSelector("#view[data-ready=reviews]");
        openQueueOf(group, 3);
        assertThat(page.getAttribute("#rv-items li.review[data-member=rtl] .rv-member", "title"))
                .isEqualTo("Member id: rtl");
        assertThat(page.getAttribute("#rv-items li.review[data-member=rtl] .rv-group", "title"))
                .isEqualTo("Group id: " + group.id);
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
    }

    @Test
    void aVerdictKeyPressedTwice_givesOneVerdict_andNoError() {
        ModeratedGroup group = new ModeratedGroup(port);
        String member = group.join("twice");
        group.say(member, LATER, "加我微信领红包");
        logIn("compliance");
        openQueueOf(group, 1);
        List<String> verdicts = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().endsWith("/verdict")) {
                verdicts.add(request.url());
            }
        });

        page.keyboard().press("u");
        page.keyboard().press("u");

        page.waitForSelector("#rv-status.success");
        page.waitForFunction("() => document.querySelectorAll('#rv-items li.review').length === 0");
        assertThat(verdicts).hasSize(1);
        assertThat(page.locator("#rv-status.error").count()).isZero();
        assertThat(reviewStatus(group, member)).isEqualTo("UPHELD");
    }

    @Test
    void aFilterThatCannotBeRead_saysSo() {
        logIn("compliance");
        page.navigate(url("/#/reviews"));
        page.waitForSelector("#view[data-ready=reviews]");
        page.route("**/api/v1/reviews?**", route -> route.abort());

        page.selectOption("#rv-filter", "UPHELD");

        page.waitForSelector("#rv-status.error");
        assertThat(page.textContent("#rv-status")).startsWith("出错了");
    }

    @Test
    void viewer_readsTheQueue_withoutVerdictControls_andItsKeysChangeNothing() {
        ModeratedGroup group = new ModeratedGroup(port);
        String member = group.join("watched");
        group.say(member, LATER, "加我微信领红包");
        logIn("viewer");

        openQueueOf(group, 1);
        page.keyboard().press("o");
        page.keyboard().press("u");

        assertThat(page.locator(".rv-overturn, .rv-uphold, #rv-note").count()).isZero();
        assertThat(page.textContent("#rv-keys")).doesNotContain("推翻");
        assertThat(reviewStatus(group, member)).isEqualTo("OPEN");
        assertThat(strikes(group, member)).isEqualTo(1);
    }
}
