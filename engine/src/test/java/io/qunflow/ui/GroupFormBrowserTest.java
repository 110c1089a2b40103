package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators open, edit and dissolve groups in the browser, with the welcome previewed as members get it. */
class GroupFormBrowserTest extends BrowserTest {

    private JsonNode group(String id) {
        return ApiClient.asUser(port, "operator", "qunflow")
                .get("/api/v1/groups/" + id)
                .body();
    }

    @Test
    void operator_opensAGroupInTheForm_seesTheWelcomeAsAMemberWill_editsIt_andDissolvesItAfterBeingToldWhatHappens() {
        logIn("operator");
        page.click("#new-group");
        page.waitForSelector("#view[data-ready=groupNew] [data-testid=group-form]");

        page.fill("#gf-name", "烘焙打卡营🍞");
        page.fill("#gf-intro", "每天一款面包，21 天养成烘焙习惯");
        page.check("#gf-type input[value=CHECKIN]");
        assertThat(page.textContent("#gf-type label:has(input[value=FLASH])")).contains("为一次活动短期建群");
        page.fill("#gf-capacity", "200");
        page.fill("#gf-tags", "烘焙、打卡, 上海");
        page.fill("#gf-timezone", "Asia/Hong_Kong");
        page.fill("#gf-welcome", "欢迎来到烘焙打卡营！每晚 8 点交作业。");
        page.fill("#gf-rules", "群规：每天打卡，禁止广告。");
        page.fill("#gf-nickname", "小麦");
        assertThat(page.textContent("#gf-preview")).isEqualTo("@小麦 欢迎来到烘焙打卡营！每晚 8 点交作业。\n群规：每天打卡，禁止广告。");
        screenshotForTheGuide("group-form");
        page.click("#gf-save");

        page.waitForSelector("#view[data-ready=group] #group-name");
        String id =
                URLDecoder.decode(page.url().substring(page.url().indexOf("#/groups/") + 9), StandardCharsets.UTF_8);
        JsonNode created = group(id);
        assertThat(created.get("name").asText()).isEqualTo("烘焙打卡营🍞");
        assertThat(created.get("type").asText()).isEqualTo("CHECKIN");
        assertThat(created.get("capacity").asInt()).isEqualTo(200);
        assertThat(created.get("tags").toString()).isEqualTo("[\"烘焙\",\"打卡\",\"上海\"]");
        assertThat(created.get("timeZone").asText()).isEqualTo("Asia/Hong_Kong");
        assertThat(created.get("welcomeMessage").asText()).isEqualTo("欢迎来到烘焙打卡营！每晚 8 点交作业。");
        assertThat(page.textContent("#group-name")).contains("烘焙打卡营🍞");

        page.click("#group-edit");
        page.waitForSelector("#view[data-ready=groupEdit] [data-testid=group-form]");
        assertThat(page.inputValue("#gf-name")).isEqualTo("烘焙打卡营🍞");
        assertThat(page.isChecked("#gf-type input[value=CHECKIN]")).isTrue();
        page.fill("#gf-capacity", "300");
        page.fill("#gf-rules", "群规：每天打卡，禁止广告和私加好友。");
        assertThat(page.textContent("#gf-preview")).endsWith("群规：每天打卡，禁止广告和私加好友。");
        page.fill("#gf-comment", "报名人数超出预期");
        page.click("#gf-save");

        page.waitForSelector("#view[data-ready=group] #group-name");
        assertThat(page.textContent(".facts")).contains("300");
        JsonNode edited = group(id);
        assertThat(edited.get("capacity").asInt()).isEqualTo(300);
        assertThat(edited.get("groupRules").asText()).isEqualTo("群规：每天打卡，禁止广告和私加好友。");
        JsonNode audit = ApiClient.asUser(port, "operator", "qunflow")
                .get("/api/v1/audit?subjectType=GROUP&subject=" + id)
                .body();
        assertThat(audit.get(0).get("comment").asText()).isEqualTo("报名人数超出预期");
        assertThat(audit.get(0).get("diff").asText()).contains("capacity: 200 → 300");

        page.click("#group-edit");
        page.waitForSelector("#view[data-ready=groupEdit] #gf-dissolve");
        page.click("#gf-dissolve");
        assertThat(page.textContent(".confirm-text"))
                .startsWith("解散「烘焙打卡营🍞」后：社群归档，生命周期流程结束，SOP 日历不再发送")
                .contains("聊天、入群和订单事件都会被拒绝")
                .contains("此操作无法撤销");
        page.click(".confirm-no");
        assertThat(group(id).get("phase").asText()).isNotEqualTo("ARCHIVED");
        page.click("#gf-dissolve");
        page.click(".confirm-yes");

        page.waitForSelector("#view[data-ready=group] #group-name .phase-ARCHIVED");
        assertThat(group(id).get("phase").asText()).isEqualTo("ARCHIVED");
        assertThat(page.locator("#group-edit").count()).isZero();
    }

    @Test
    void aDoubleClickOnCreate_opensOneGroup_notTwo() {
        String name = "双击只建一个群 " + UUID.randomUUID();
        logIn("operator");
        page.navigate(url("/#/groups/new"));
        page.waitForSelector("#view[data-ready=groupNew] [data-testid=group-form]");
        page.fill("#gf-name", name);
        page.fill("#gf-intro", "急性子的运营连点两下");

        page.dblclick("#gf-save");

        page.waitForSelector("#view[data-ready=group] #group-name");
        JsonNode groups = ApiClient.asUser(port, "operator", "qunflow")
                .get("/api/v1/groups")
                .body();
        assertThat(groups.findValuesAsText("name")).filteredOn(name::equals).hasSize(1);
        assertThat(page.locator("#gf-status.error").count()).isZero();
    }

    @Test
    void theForm_inEnglish_explainsEachTypeAndPreviewsTheDefaultWelcome_andARefusalSaysWhichField() {
        logIn("operator");
        page.navigate(url("/#/groups/new"));
        page.waitForSelector("#view[data-ready=groupNew] [data-testid=group-form]");
        page.click("#lang");
        page.waitForSelector("#view[data-ready=groupNew] [data-testid=group-form]");

        assertThat(page.textContent("h1")).isEqualTo("New group");
        assertThat(page.textContent("#gf-type label:has(input[value=TRAFFIC])"))
                .contains("gathers new customers from every channel");
        page.fill("#gf-name", "Brunch club");
        page.fill("#gf-intro", "周末早午餐");
        assertThat(page.textContent("#gf-preview")).startsWith("@小红 欢迎加入「Brunch club」！周末早午餐\n");
        assertThat(page.evaluate("window.qunflow.missingKeys()")).asList().isEmpty();

        page.fill("#gf-timezone", "Mars/Olympus");
        page.click("#gf-save");
        page.waitForSelector("#gf-status.error");
        assertThat(page.textContent("#gf-status"))
                .contains("Time zone: must be a time-zone id such as Asia/Shanghai")
                .doesNotContain("timeZone");
        assertThat(page.url()).endsWith("#/groups/new");
    }

    @Test
    void aRefusal_inChinese_namesTheFieldByItsLabel_andSaysWhatIsWrongInChinese_andNoEnglish() {
        logIn("operator");
        page.navigate(url("/#/groups/new"));
        page.waitForSelector("#view[data-ready=groupNew] [data-testid=group-form]");

        page.fill("#gf-name", "周末早午餐");
        page.fill("#gf-intro", "一起吃早午餐");
        page.fill("#gf-timezone", "火星/奥林帕斯");
        page.click("#gf-save");
        page.waitForSelector("#gf-status.error");

        assertThat(page.textContent("#gf-status"))
                .contains("社群信息有误")
                .contains("时区：须为时区名称，例如 Asia/Shanghai")
                .doesNotContain("timeZone")
                .doesNotContain("invalid")
                .doesNotContain("must be");
        assertThat(page.url()).endsWith("#/groups/new");
    }

    @Test
    void viewers_getNoNewGroupButton_andTheFormRefusesThem() {
        logIn("viewer");

        assertThat(page.locator("#new-group").count()).isZero();
        page.navigate(url("/#/groups/new"));
        page.waitForSelector("#not-allowed");
        assertThat(page.locator("[data-testid=group-form]").count()).isZero();
    }
}
