package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import io.qunflow.ApiClient;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An operator fills a group's SOP calendar from a template and adjusts it, within the daily cap. */
class SopCalendarBrowserTest extends BrowserTest {

    private ApiClient operator() {
        return ApiClient.asUser(port, "operator", "qunflow");
    }

    private JsonNode entries(String groupId) {
        return operator()
                .get("/api/v1/groups/" + groupId + "/sop/entries")
                .body()
                .get("items");
    }

    private Locator monday() {
        return page.locator(".sop-week .sop-day").first();
    }

    private Locator entry(Locator day, String text) {
        return day.locator(".sop-entry", new Locator.LocatorOptions().setHasText(text));
    }

    private List<String> counts() {
        return page.locator(".sop-week .sop-count").allTextContents();
    }

    private void add(String cadence, String time, String purpose, String text) {
        page.selectOption("#sop-cadence", cadence);
        page.fill("#sop-time", time);
        page.selectOption("#sop-purpose", purpose);
        page.fill("#sop-text", text);
        page.click("#sop-save");
    }

    @Test
    void operator_fillsTheCalendarFromATemplate_adjustsIt_andTheDailyCapIsShownAndEnforced() {
        String groupId = newGroup("SOP日历测试群");
        String partner = newGroup("联盟伙伴群");
        int cap = operator()
                .get("/api/v1/parameters/sop.daily-cap")
                .body()
                .at("/parameter/value")
                .asInt();
        logIn("operator");
        page.navigate(url("/#/groups/" + groupId));
        page.click("#group-sop");
        page.waitForSelector("#view[data-ready=sop] [data-testid=sop-calendar] .sop-week");

        assertThat(page.textContent("#sop-cap")).startsWith("每天最多发 " + cap + " 条");
        assertThat(counts()).hasSize(7).containsOnly("0/" + cap);

        page.selectOption("#sop-template", "restaurant");
        assertThat(page.locator("#sop-template-preview tr").allTextContents())
                .hasSize(3)
                .anySatisfy(row -> assertThat(row).contains("今日菜单"));
        page.click("#sop-apply");
        page.waitForSelector("#sop-status.success");
        assertThat(page.textContent("#sop-status")).isEqualTo("已套用模板：加入 3 条。");
        assertThat(counts()).containsOnly("3/" + cap);
        assertThat(entries(groupId)).hasSize(3);
        screenshotForTheGuide("sop-calendar");

        List<String> extras = new ArrayList<>();
        for (int i = 3; i < cap; i++) {
            String text = "加更第" + i + "条";
            add("DAILY", "2" + (i - 3) + ":00", "TOPIC", text);
            page.waitForSelector(".sop-week .sop-entry:has-text(\"" + text + "\")");
            extras.add(text);
        }
        assertThat(counts()).containsOnly(cap + "/" + cap);
        add("DAILY", "23:00", "CONTENT", "超出上限的一条");
        page.waitForSelector("#sop-status.error");
        assertThat(page.textContent("#sop-status")).startsWith("未保存：").contains("超过每天" + cap + "条的上限");
        assertThat(entries(groupId)).hasSize(cap);

        String moved = extras.get(extras.size() - 1);
        entry(monday(), moved).locator(".sop-move").click();
        assertThat(page.inputValue("#sop-text")).isEqualTo(moved);
        page.selectOption("#sop-cadence", "WEEKLY");
        page.selectOption("#sop-weekday", "SATURDAY");
        page.fill("#sop-time", "10:30");
        page.click("#sop-save");
        page.waitForSelector("#sop-status.success:has-text(\"已移动\")");
        assertThat(entry(monday(), moved).count()).isZero();
        Locator saturday = page.locator(".sop-week .sop-day").nth(5);
        assertThat(entry(saturday, moved).locator(".sop-time").textContent()).isEqualTo("10:30");
        assertThat(page.isHidden("#sop-cancel-move")).isTrue();
        assertThat(counts().get(0)).isEqualTo((cap - 1) + "/" + cap);
        JsonNode stored = entries(groupId);
        assertThat(stored.findValuesAsText("text")).contains(moved);
        for (JsonNode e : stored) {
            if (e.get("text").asText().equals(moved)) {
                assertThat(e.get("cadence").asText()).isEqualTo("WEEKLY");
                assertThat(e.get("dayOfWeek").asText()).isEqualTo("SATURDAY");
                assertThat(e.get("time").asText()).startsWith("10:30");
            }
        }

        entry(monday(), "今日菜单").locator(".sop-delete").click();
        assertThat(page.textContent(".confirm-text")).contains("今日菜单").contains("已经发出的帖子会保留记录");
        page.click(".confirm-yes");
        page.waitForSelector("#sop-status.success:has-text(\"已删除\")");
        assertThat(entry(monday(), "今日菜单").count()).isZero();
        assertThat(entries(groupId).findValuesAsText("text")).noneMatch(text -> text.contains("今日菜单"));

        page.click("#sop-month");
        page.waitForSelector("#sop-grid[data-view=month] .sop-month .sop-day");
        assertThat(page.locator(".sop-month .sop-day").count()).isBetween(28, 42);

        page.check("#sop-alliance-groups input[value=\"" + partner + "\"]");
        page.fill("#sop-alliance-text", "双12联合福利，两个群同时开抢");
        page.click("#sop-alliance-send");
        page.waitForSelector("#sop-status.success:has-text(\"已安排到 2 个群\")");
        assertThat(entries(partner).findValuesAsText("text")).containsExactly("双12联合福利，两个群同时开抢");
        assertThat(entries(groupId).findValuesAsText("text")).contains("双12联合福利，两个群同时开抢");
    }

    /**
     * A hundred one-off posts fill the UI's first page of the calendar (100 entries); the monthly
     * post added at 21:00 sorts after them, onto the second page, and is drawn only if the page
     * reads every page. It is drawn on the 30th of a 30-day month, that month's last day.
     */
    @Test
    void operator_addsAMonthlyPostOnThe31st_andSeesItOnA30DayMonthsLastDay_inACalendarLongerThanAPage() {
        String groupId = newGroup("SOP月度测试群");
        LocalDate today = LocalDate.now();
        String oneOffs = String.join(
                ",",
                IntStream.range(0, 100)
                        .mapToObj(i -> """
                        {"cadence":"ONCE","date":"%s","time":"08:00","purpose":"ACTIVITY","contentKind":"TEXT","text":"第%d场"}""".formatted(today.plusDays(2 + i), i + 1))
                        .toList());
        assertThat(operator()
                        .post("/api/v1/groups/" + groupId + "/sop/entries", "{\"entries\":[" + oneOffs + "]}")
                        .status())
                .isEqualTo(201);
        logIn("operator");
        page.navigate(url("/#/groups/" + groupId + "/sop"));
        page.waitForSelector("#view[data-ready=sop] [data-testid=sop-calendar] .sop-week");

        page.selectOption("#sop-cadence", "MONTHLY");
        assertThat(page.isVisible("#sop-month-day")).isTrue();
        assertThat(page.isHidden("#sop-month-end"))
                .as("the 1st is in every month")
                .isTrue();
        page.selectOption("#sop-month-day", "31");
        assertThat(page.textContent("#sop-month-end")).contains("当月最后一天发");
        add("MONTHLY", "21:00", "ACTIVITY", "月末会员日");
        page.waitForSelector("#sop-status.success");

        JsonNode secondPage = operator()
                .get("/api/v1/groups/" + groupId + "/sop/entries?page=1&size=100")
                .body()
                .get("items");
        assertThat(secondPage.findValuesAsText("text")).containsExactly("月末会员日");
        assertThat(secondPage.get(0).get("dayOfMonth").asInt()).isEqualTo(31);

        page.click("#sop-month");
        YearMonth month = YearMonth.from(today);
        while (month.lengthOfMonth() != 30) {
            month = month.plusMonths(1);
            page.click("#sop-next");
        }
        Locator last = page.locator(".sop-day[data-date=\"" + month.atDay(30) + "\"]");
        Locator dayBefore = page.locator(".sop-day[data-date=\"" + month.atDay(29) + "\"]");
        assertThat(last.locator(".sop-entry").allTextContents())
                .anySatisfy(text -> assertThat(text).contains("21:00"));
        assertThat(dayBefore.locator(".sop-entry").allTextContents()).noneMatch(text -> text.contains("21:00"));

        page.click("#lang");
        page.waitForSelector("#view[data-ready=sop] [data-testid=sop-calendar] .sop-week");
        page.selectOption("#sop-cadence", "MONTHLY");
        assertThat(page.locator("#sop-cadence option[value=MONTHLY]").textContent())
                .isEqualTo("Every month");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
    }

    @Test
    void viewers_seeTheCalendar_withoutTheControlsThatChangeIt() {
        String groupId = newGroup("SOP只读测试群");
        assertThat(operator()
                        .post("/api/v1/groups/" + groupId + "/sop/templates/restaurant", "")
                        .status())
                .isEqualTo(201);
        logIn("viewer");
        page.navigate(url("/#/groups/" + groupId + "/sop"));
        page.waitForSelector("#view[data-ready=sop] [data-testid=sop-calendar] .sop-entry");

        assertThat(page.locator("#sop-form, #sop-template, .sop-move, .sop-delete, #sop-alliance")
                        .count())
                .isZero();
        page.click("#lang");
        page.waitForSelector("#view[data-ready=sop] [data-testid=sop-calendar] .sop-entry");
        assertThat(page.textContent("#sop-week")).isEqualTo("Week");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();
    }
}
