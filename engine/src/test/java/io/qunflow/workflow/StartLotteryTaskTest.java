package io.qunflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.lottery.LotteryService;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "Start a lottery" template: a lottery opened through the lottery module, announced in words
 * that say who may enter as the rules do, and drawn at its closing time among those the rules let in.
 */
@ApiTest
class StartLotteryTaskTest extends ProcessTestFixture {

    private static final String TEMPLATE = "io.qunflow.StartLottery";

    @Autowired
    LotteryService lotteries;

    @Autowired
    RepositoryService repository;

    @Test
    void start_opensAnAnnouncedLottery_drawnAtItsClosingTimeAmongThoseTheRulesLetIn() {
        String groupId = groups.open("CHECKIN", "抽奖群");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        groups.join(groupId, "amy", now.minusDays(2));
        groups.join(groupId, "bob", now.minusDays(2));
        groups.event(groupId, "CHECKED_IN", "amy", now.minusDays(1), "{}");

        ProcessInstance step = start(
                Map.of("title", "周末幸运抽奖🎁", "prize", "新品试用装", "winners", "2", "points", "20", "closesAfter", "PT2H"),
                groupId);

        assertThat(step).hasPassed("Task").isWaitingAt("Wait");
        String lotteryId = (String) runtime.getVariable(step.getId(), "lotteryId");
        ApiClient viewer = ApiClient.asUser(port, "operator", "qunflow");
        JsonNode lottery = viewer.get("/api/v1/groups/" + groupId + "/lotteries/" + lotteryId)
                .body()
                .get("lottery");
        assertThat(lottery.get("status").asText()).isEqualTo("OPEN");
        assertThat(lottery.get("title").asText()).isEqualTo("周末幸运抽奖🎁");
        assertThat(lottery.at("/prizes/0/inventory").asInt()).isEqualTo(2);
        assertThat(OffsetDateTime.parse(lottery.get("closesAt").asText()))
                .isCloseTo(OffsetDateTime.now().plusHours(2), within(5, ChronoUnit.MINUTES));
        assertThat(TestGroups.workflowMessages(jdbc, groupId))
                .last()
                .asString()
                .contains("周末幸运抽奖🎁", "新品试用装 ×2（20 积分）", "近 7 天打卡满 1 天的成员自动参与", "开奖");

        lotteries.drawClosed();
        assertThat(viewer.get("/api/v1/groups/" + groupId + "/lotteries/" + lotteryId)
                        .body()
                        .at("/lottery/status")
                        .asText())
                .as("not before its closing time")
                .isEqualTo("OPEN");
        jdbc.sql("UPDATE qf_lottery SET closes_at = ? WHERE id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), lotteryId)
                .update();
        lotteries.drawClosed();

        JsonNode drawn = viewer.get("/api/v1/groups/" + groupId + "/lotteries/" + lotteryId)
                .body();
        assertThat(drawn.at("/lottery/status").asText()).isEqualTo("DRAWN");
        assertThat(drawn.at("/lottery/entrants").toString()).isEqualTo("[\"amy\"]");
        assertThat(drawn.at("/lottery/winners").findValuesAsText("memberId")).containsExactly("amy");
        assertThat(drawn.get("reproducible").asBoolean()).isTrue();
    }

    @Test
    void deploy_refusesNoWinnersAndAClosingTimeBeyondThirtyDays_onTheirInputs() {
        Reply noWinners =
                Bpmn.deploy(port, "designer", ElementTemplates.diagram(TEMPLATE, key(), Map.of("winners", "0")));
        Reply tooLong =
                Bpmn.deploy(port, "designer", ElementTemplates.diagram(TEMPLATE, key(), Map.of("closesAfter", "P60D")));

        assertThat(noWinners.status()).isEqualTo(400);
        assertThat(noWinners.body().get("errors").findValuesAsText("attribute")).containsExactly("winners");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").findValuesAsText("attribute")).containsExactly("closesAfter");
    }

    @Test
    void deploy_refusesATitleOrPrizeWithHiddenCharacters_andNothingIsDeployed() {
        String key = key();
        // U+202E turns the rest of the line round: members would read another prize than the designer typed.
        Reply reversed = Bpmn.deploy(
                port,
                "designer",
                ElementTemplates.diagram(TEMPLATE, key, Map.of("title", "幸运抽奖", "prize", "奖品\u202E01x")));
        Reply zeroWidth =
                Bpmn.deploy(port, "designer", ElementTemplates.diagram(TEMPLATE, key, Map.of("title", "幸\u200B运抽奖")));

        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("errors").findValuesAsText("attribute")).containsExactly("prize");
        assertThat(reversed.body().at("/errors/0/messageZh").asText())
                .isEqualTo("输入 prize（奖品）不能含不可见或改变文字方向的字符（第 3 个字符 U+202E）：群成员看到的会与此处显示的不同");
        assertThat(zeroWidth.status()).isEqualTo(400);
        assertThat(zeroWidth.body().get("errors").findValuesAsText("attribute")).containsExactly("title");
        assertThat(zeroWidth.body().at("/errors/0/message").asText())
                .startsWith("Input 'title' must not contain invisible or direction-changing characters (U+200B");
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    private ProcessInstance start(Map<String, String> typed, String groupId) {
        String key = key();
        Reply deployed = Bpmn.deploy(port, "designer", ElementTemplates.diagramThenWait(TEMPLATE, key, typed));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        return runtime.startProcessInstanceByKey(key, groupId);
    }

    private static String key() {
        return "lottery-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
