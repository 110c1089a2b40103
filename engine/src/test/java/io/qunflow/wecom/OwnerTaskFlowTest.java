package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner-task path end to end: a message in the chat archive breaks a rule, the removal it
 * decides becomes an owner task in the owner-task workflow, the owner is notified, reminded and
 * escalated on the workflow's timers, completes it in the API, and the member and the action show it.
 */
@WeComTest
class OwnerTaskFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** The assertions keep this engine per thread; the standalone process tests must not inherit it. */
    @AfterEach
    void forgetTheEngine() {
        BpmnAwareTests.reset();
    }

    @Autowired
    InboundProcessor inbound;

    @Autowired
    OutboundDispatcher dispatcher;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GroupOwnerNotices ownerNotices;

    String chatId;

    @BeforeEach
    void setUp() {
        MockWeCom.reset("tok-owner-tasks");
        chatId = "wr" + UUID.randomUUID().toString().replace("-", "");
        MockWeCom.answer(
                "externalcontact/group_welcome_template/add",
                "{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"tpl-o\"}");
        MockWeCom.answer("externalcontact/add_msg_template", "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg-o\"}");
        MockWeCom.answer("message/send", "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\"}");
        MockWeCom.answer(
                "externalcontact/groupchat/get",
                MockWeCom.groupChat(
                        chatId,
                        "母婴团购群",
                        "owner-he",
                        List.of(
                                Map.of("userid", "owner-he", "type", 1, "nickname", "何店长"),
                                Map.of("userid", "wmSpammer", "nickname", "发财哥"))));
        new WeComCallbacks(port).post(WeComCallbacks.chatEvent(chatId, "create", null, 1760003000));
        inbound.process();
    }

    @Test
    void ownerTask_fromRuleToOwnerAndBackToTheMember() throws Exception {
        ApiClient bridge = ApiClient.withKey(port, "qf_dev_key");
        ApiClient.Reply taken = bridge.post("/api/v1/wecom/archive-records", """
                [{"msgid":"m-%s","action":"send","from":"wmSpammer","tolist":["owner-he"],"roomid":"%s",
                  "msgtime":1760003100000,"msgtype":"text","text":{"content":"来玩赌博，稳赚不赔<a href=\\"https://evil.example/pay\\">打开任务</a>"}}]""".formatted(chatId, chatId));
        assertThat(taken.body().get("accepted").asInt()).isEqualTo(1);

        dispatcher.poll();

        OwnerTaskView task = task("REMOVE_MEMBER");
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(task.id())
                .singleResult();
        assertThat(process).isWaitingAt("Task_OwnerRemovesMember").task().isAssignedTo("owner-he");
        JsonNode notice = sentTo("owner-he", task.id()).get(0);
        assertThat(notice.path("agentid").asLong()).isEqualTo(1000002);
        assertThat(notice.path("text").path("content").asText())
                .contains(
                        "【群主任务】将该成员移出本群",
                        "母婴团购群",
                        "发财哥（wmSpammer）",
                        "来玩赌博，稳赚不赔",
                        "A severe offence removes the member at once",
                        "https://qunflow.example.test/#/wecom/tasks/" + task.id());
        assertThat(notice.path("text").path("content").asText())
                .as("the member's text cannot add a link of its own to the notice")
                .containsOnlyOnce("<a ")
                .contains("＜a href=\"https://evil.example/pay\"＞");
        assertThat(task.json().get("dueAt").isNull()).isFalse();

        fire(process, "Timer_RemindOwner");
        assertThat(sentTo("owner-he", task.id())).hasSize(2);
        assertThat(sentTo("owner-he", task.id())
                        .get(1)
                        .path("text")
                        .path("content")
                        .asText())
                .startsWith("【群主任务提醒】");
        fire(process, "Timer_EscalateToAdmin");
        assertThat(sentTo("admin-li", task.id()))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.path("text").path("content").asText()).contains("超时", "owner-he"));
        assertThat(process).isWaitingAt("Task_OwnerRemovesMember");

        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        ApiClient.Reply done = operator.post(
                "/api/v1/wecom/owner-tasks/" + task.id() + "/complete", "{\"outcome\":\"DONE\",\"note\":\"已在企业微信移出\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().get("status").asText()).isEqualTo("DONE");
        assertThat(done.body().get("remindedAt").isNull()).isFalse();
        assertThat(done.body().get("escalatedAt").isNull()).isFalse();

        assertThat(process)
                .hasPassedInOrder("Task_NotifyOwner", "Task_OwnerRemovesMember", "Task_RecordOutcome")
                .isEnded();
        assertThat(jdbc.sql("SELECT status FROM qf_member WHERE group_id = ? AND member_id = 'wmSpammer'")
                        .param(chatId)
                        .query(String.class)
                        .single())
                .isEqualTo("REMOVED");
        assertThat(jdbc.sql("SELECT status || ':' || detail FROM qf_action WHERE id = ?")
                        .param(task.json().get("actionId").asText())
                        .query(String.class)
                        .single())
                .startsWith("DONE:群主已处理")
                .contains("已在企业微信移出");
        assertThat(jdbc.sql("SELECT actor || ':' || change FROM qf_audit WHERE subject_type = 'MEMBER' AND subject = ?")
                        .param(chatId + "/wmSpammer")
                        .query(String.class)
                        .list())
                .contains("operator:REMOVE_MEMBER DONE");

        ApiClient.Reply again = operator.post(
                "/api/v1/wecom/owner-tasks/" + task.id() + "/complete", "{\"outcome\":\"DISMISSED\",\"note\":\"改主意\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void ownerTasks_nameTheGroupAndTheMember_inTheListTheTaskAndTheCompletion() {
        ApiClient bridge = ApiClient.withKey(port, "qf_dev_key");
        bridge.post("/api/v1/wecom/archive-records", """
                [{"msgid":"n-%s","action":"send","from":"wmSpammer","tolist":[],"roomid":"%s",
                  "msgtime":1760003300000,"msgtype":"text","text":{"content":"来玩赌博，稳赚不赔"}},
                 {"msgid":"q-%s","action":"send","from":"wmQuiet","tolist":[],"roomid":"%s",
                  "msgtime":1760003310000,"msgtype":"text","text":{"content":"来玩赌博，稳赚不赔"}}]""".formatted(chatId, chatId, chatId, chatId));
        dispatcher.poll();
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");

        ApiClient.Reply list = operator.get("/api/v1/wecom/owner-tasks?status=OPEN");

        assertThat(list.status()).isEqualTo(200);
        List<JsonNode> ours = new ArrayList<>();
        list.body().forEach(t -> {
            if (t.get("groupId").asText().equals(chatId)) {
                ours.add(t);
            }
        });
        assertThat(ours)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("groupName").asText()).isEqualTo("母婴团购群"));
        JsonNode spammers = ours.stream()
                .filter(t -> t.get("memberId").asText().equals("wmSpammer"))
                .findFirst()
                .orElseThrow();
        assertThat(spammers.get("memberNickname").asText()).isEqualTo("发财哥");
        JsonNode quiet = ours.stream()
                .filter(t -> t.get("memberId").asText().equals("wmQuiet"))
                .findFirst()
                .orElseThrow();
        assertThat(quiet.has("memberNickname"))
                .as("always there, null for a client to show the id")
                .isTrue();
        assertThat(quiet.get("memberNickname").isNull()).isTrue();
        String taskId = spammers.get("id").asText();
        ApiClient.Reply one = operator.get("/api/v1/wecom/owner-tasks/" + taskId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("groupName").asText()).isEqualTo("母婴团购群");
        assertThat(one.body().get("memberNickname").asText()).isEqualTo("发财哥");
        ApiClient.Reply done = operator.post(
                "/api/v1/wecom/owner-tasks/" + taskId + "/complete", "{\"outcome\":\"DONE\",\"note\":\"已处理\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body().get("memberNickname").asText()).isEqualTo("发财哥");
        assertThat(jdbc.sql("SELECT status FROM qf_wecom_owner_task WHERE id = ?")
                        .param(taskId)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
    }

    @Test
    void ownerTask_dismissedNeedsANoteAndFailsTheAction() {
        ApiClient.withKey(port, "qf_dev_key").post("/api/v1/wecom/archive-records", """
                [{"msgid":"d-%s","action":"send","from":"wmSpammer","tolist":[],"roomid":"%s",
                  "msgtime":1760003200000,"msgtype":"text","text":{"content":"赌博群拉人"}}]""".formatted(chatId, chatId));
        dispatcher.poll();
        OwnerTaskView task = task("DELETE_MESSAGE");
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");

        ApiClient.Reply noNote =
                operator.post("/api/v1/wecom/owner-tasks/" + task.id() + "/complete", "{\"outcome\":\"DISMISSED\"}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().get("detail").asText()).isEqualTo("The completion is invalid");
        assertThat(noNote.body().get("errors").get(0).get("field").asText()).isEqualTo("note");
        ApiClient.Reply badOutcome = operator.post(
                "/api/v1/wecom/owner-tasks/" + task.id() + "/complete", "{\"outcome\":\"LATER\",\"note\":\"x\"}");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.body().get("errors").findValuesAsText("field")).containsExactly("outcome");
        ApiClient.Reply badQuery = operator.get("/api/v1/wecom/owner-tasks?status=LATER");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.body().get("detail").asText()).isEqualTo("The owner-task query is invalid");
        assertThat(badQuery.body().get("errors").findValuesAsText("field")).containsExactly("status");
        assertThat(task("DELETE_MESSAGE").json().get("status").asText()).isEqualTo("OPEN");
        assertThat(ApiClient.asUser(port, "viewer", "qunflow")
                        .post("/api/v1/wecom/owner-tasks/" + task.id() + "/complete", "{\"outcome\":\"DONE\"}")
                        .status())
                .isEqualTo(403);
        ApiClient.Reply dismissed = operator.post(
                "/api/v1/wecom/owner-tasks/" + task.id() + "/complete",
                "{\"outcome\":\"DISMISSED\",\"note\":\"消息已被群友举报后自行撤回\"}");

        assertThat(dismissed.body().get("status").asText()).isEqualTo("DISMISSED");
        assertThat(jdbc.sql("SELECT status FROM qf_action WHERE id = ?")
                        .param(task.json().get("actionId").asText())
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT status FROM qf_member WHERE group_id = ? AND member_id = 'wmSpammer'")
                        .param(chatId)
                        .query(String.class)
                        .single())
                .as("a dismissed deletion takes nobody out")
                .isEqualTo("IN_GROUP");
    }

    @Test
    void anActionAConnectorReportedFirst_stillLetsTheOwnerCloseTheTask_andTheReportStands() {
        ApiClient.withKey(port, "qf_dev_key").post("/api/v1/wecom/archive-records", """
                [{"msgid":"r-%s","action":"send","from":"wmSpammer","tolist":[],"roomid":"%s",
                  "msgtime":1760003400000,"msgtype":"text","text":{"content":"赌博群拉人"}}]""".formatted(chatId, chatId));
        dispatcher.poll();
        OwnerTaskView task = task("DELETE_MESSAGE");
        String actionId = task.json().get("actionId").asText();
        assertThat(ApiClient.withKey(port, "qf_dev_key")
                        .post("/api/v1/actions/" + actionId + "/ack", "{\"status\":\"FAILED\",\"detail\":\"连接器\"}")
                        .status())
                .isEqualTo(200);

        ApiClient.Reply done = ApiClient.asUser(port, "operator", "qunflow")
                .post("/api/v1/wecom/owner-tasks/" + task.id() + "/complete", "{\"outcome\":\"DONE\"}");

        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.body().get("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.sql("SELECT status || ':' || detail FROM qf_action WHERE id = ?")
                        .param(actionId)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED:连接器");
    }

    @Test
    void theOwnerTaskCompletedOnTwoNodesAtOnce_closesOnce_theOtherIsAConflict() throws Exception {
        ApiClient.withKey(port, "qf_dev_key").post("/api/v1/wecom/archive-records", """
                [{"msgid":"t-%s","action":"send","from":"wmSpammer","tolist":[],"roomid":"%s",
                  "msgtime":1760003500000,"msgtype":"text","text":{"content":"赌博群拉人"}}]""".formatted(chatId, chatId));
        dispatcher.poll();
        OwnerTaskView task = task("DELETE_MESSAGE");
        ApiClient operator = ApiClient.asUser(port, "operator", "qunflow");
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<ApiClient.Reply>> replies = List.of("DONE", "DISMISSED").stream()
                    .map(outcome -> nodes.submit(() -> {
                        together.await();
                        return operator.post(
                                "/api/v1/wecom/owner-tasks/" + task.id() + "/complete",
                                "{\"outcome\":\"%s\",\"note\":\"两个节点\"}".formatted(outcome));
                    }))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiClient.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            nodes.shutdown();
        }
        String closedAs = jdbc.sql("SELECT status FROM qf_wecom_owner_task WHERE id = ?")
                .param(task.id())
                .query(String.class)
                .single();
        assertThat(jdbc.sql("SELECT status FROM qf_action WHERE id = ?")
                        .param(task.json().get("actionId").asText())
                        .query(String.class)
                        .single())
                .as("the action ends as the task closed")
                .isEqualTo(closedAs.equals("DONE") ? "DONE" : "FAILED");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(task.id())
                        .count())
                .isZero();
    }

    @Test
    void aDesignersOwnerTaskWorkflow_cannotCloseTheTaskWithoutTheOwner() throws Exception {
        // Passes every check: the owner-task steps are designer tasks, the inputs are plain text.
        String forged = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
                  <bpmn:process id="owner-task" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:serviceTask id="Forge" camunda:delegateExpression="${recordOwnerTaskOutcomeDelegate}">
                      <bpmn:extensionElements><camunda:inputOutput>
                        <camunda:inputParameter name="outcome">DONE</camunda:inputParameter>
                        <camunda:inputParameter name="outcomeBy">owner-he</camunda:inputParameter>
                      </camunda:inputOutput></bpmn:extensionElements>
                      <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Forge" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Forge" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        HttpResponse<String> deployed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workflows"))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString("designer:qunflow".getBytes()))
                                .header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofString(forged))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
        try {
            ApiClient.withKey(port, "qf_dev_key").post("/api/v1/wecom/archive-records", """
                    [{"msgid":"f-%s","action":"send","from":"wmSpammer","tolist":["owner-he"],"roomid":"%s",
                      "msgtime":1760003300000,"msgtype":"text","text":{"content":"来玩赌博，稳赚不赔"}}]""".formatted(chatId, chatId));
            try {
                dispatcher.poll();
            } catch (RuntimeException refusedByTheWorkflow) {
                // Whether the task opens is not the question; that nobody but the owner closes it is.
            }

            assertThat(jdbc.sql("SELECT status FROM qf_member WHERE group_id = ? AND member_id = 'wmSpammer'")
                            .param(chatId)
                            .query(String.class)
                            .single())
                    .as("nobody took the member out")
                    .isEqualTo("IN_GROUP");
            assertThat(ApiClient.asUser(port, "operator", "qunflow")
                            .get("/api/v1/wecom/owner-tasks?status=DONE")
                            .raw())
                    .doesNotContain(chatId);
        } finally {
            repository
                    .createDeployment()
                    .addClasspathResource("workflows/owner-task.bpmn")
                    .deploy();
        }
    }

    /**
     * A bidi override in a member's message would reorder the owner's notice, link and due time
     * among it: the notice leaves it out, and zero-width characters with it.
     */
    @Test
    void ownerTask_theNoticeLeavesOutCharactersThatWouldReorderWhatTheOwnerReads() {
        ApiClient bridge = ApiClient.withKey(port, "qf_dev_key");
        bridge.post("/api/v1/wecom/archive-records", """
                [{"msgid":"m-bidi-%s","action":"send","from":"wmSpammer","tolist":["owner-he"],"roomid":"%s",
                  "msgtime":1760003100000,"msgtype":"text","text":{"content":"来玩赌博，稳赚不赔 \\u202Emoc.yap-live\\u202C\\u200B"}}]""".formatted(chatId, chatId));

        dispatcher.poll();

        OwnerTaskView task = task("REMOVE_MEMBER");
        assertThat(sentTo("owner-he", task.id())
                        .get(0)
                        .path("text")
                        .path("content")
                        .asText())
                .contains("来玩赌博，稳赚不赔 moc.yap-live")
                .doesNotContain("\u202E", "\u202C", "\u200B");
    }

    /** A notice WeCom refused shows in the inbox as the errcode's advice, in the reader's language. */
    @Test
    void ownerTask_aNoticeWeComRefused_saysWhyInEnglishAndChinese() {
        MockWeCom.answer("message/send", "{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}");
        ApiClient.withKey(port, "qf_dev_key").post("/api/v1/wecom/archive-records", """
                [{"msgid":"m-refused-%s","action":"send","from":"wmSpammer","tolist":["owner-he"],"roomid":"%s",
                  "msgtime":1760003100000,"msgtype":"text","text":{"content":"来玩赌博，稳赚不赔"}}]""".formatted(chatId, chatId));

        dispatcher.poll();

        OwnerTaskView task = task("REMOVE_MEMBER");
        assertThat(task.json().get("notifyError").asText())
                .startsWith("Nobody the message was for can be reached")
                .endsWith("(WeCom errcode 81013: user & party & tag all invalid)");
        assertThat(task.json().get("notifyErrorZh").asText())
                .startsWith("消息的接收人都无法送达")
                .endsWith("（企业微信错误码 81013：user & party & tag all invalid）");
        assertThat(jdbc.sql("SELECT notify_error_zh FROM qf_wecom_owner_task WHERE id = ?")
                        .param(task.id())
                        .query(String.class)
                        .single())
                .isEqualTo(task.json().get("notifyErrorZh").asText());
    }

    /**
     * A staff task's reminder to the group's owner keeps its task number within the 2048 bytes
     * WeCom keeps of an app message, however long the task's name, and leaves out a bidi control.
     */
    @Test
    void staffTaskReminder_keepsItsTaskNumberWithinWeComsLimit_andLeavesOutHiddenCharacters() {
        String reminder = ownerNotices.remind(chatId, "核对\u202E团购订单".repeat(200), null, "task-long-1");

        assertThat(reminder).as("WeCom took it").isNull();
        String content = MockWeCom.requests("message/send").stream()
                .map(r -> {
                    try {
                        return JSON.readTree(r.getBodyAsString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(m -> m.path("touser").asText().equals("owner-he"))
                .map(m -> m.path("text").path("content").asText())
                .filter(t -> t.startsWith("【群主任务提醒】"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(OwnerNotifier.MAX_BYTES);
        assertThat(content)
                .startsWith("【群主任务提醒】核对团购订单")
                .endsWith("任务号 task-long-1")
                .doesNotContain("\u202E");
    }

    record OwnerTaskView(String id, JsonNode json) {}

    private OwnerTaskView task(String type) {
        JsonNode tasks = ApiClient.asUser(port, "operator", "qunflow")
                .get("/api/v1/wecom/owner-tasks?status=OPEN")
                .body();
        for (JsonNode t : tasks) {
            if (t.get("groupId").asText().equals(chatId)
                    && t.get("actionType").asText().equals(type)) {
                return new OwnerTaskView(t.get("id").asText(), t);
            }
        }
        throw new AssertionError("No open " + type + " task for " + chatId + " in " + tasks);
    }

    private void fire(ProcessInstance process, String timer) {
        List<Job> jobs = management
                .createJobQuery()
                .processInstanceId(process.getId())
                .activityId(timer)
                .list();
        assertThat(jobs).hasSize(1);
        management.executeJob(jobs.get(0).getId());
    }

    /** The app messages WeCom was asked to deliver to a user about one task. */
    private List<JsonNode> sentTo(String user, String taskId) {
        return MockWeCom.requests("message/send").stream()
                .map(r -> {
                    try {
                        return JSON.readTree(r.getBodyAsString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .filter(m -> m.path("touser").asText().equals(user)
                        && m.path("text").path("content").asText().contains(taskId))
                .toList();
    }
}
