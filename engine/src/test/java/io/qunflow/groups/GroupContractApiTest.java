package io.qunflow.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The groups and actions calls as an integrator codes them from the API contract alone: a value of
 * the wrong kind is a field problem in {@code errors[]} (the contract's promise for field
 * problems), said in English and Chinese, and the server's own class names never reach the caller.
 */
@ApiTest
class GroupContractApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.withKey(port, "qf_dev_key");
    }

    @Test
    void createGroup_withAFieldOfTheWrongKind_namesTheFieldInBothLanguages_andStoresNothing() {
        String id = "contract-" + UUID.randomUUID();

        Reply textForNumber = api.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈群","intro":"育儿","type":"CONTENT","capacity":"两百"}""".formatted(id));
        Reply objectForText = api.post("/api/v1/groups", """
                {"id":"%s","name":{"zh":"宝妈群"},"intro":"育儿","type":"CONTENT"}""".formatted(id));
        Reply textForList = api.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈群","intro":"育儿","type":"CONTENT","tags":"母婴"}""".formatted(id));

        assertFieldProblem(textForNumber, "capacity", "must be a whole number", "须为整数");
        assertFieldProblem(objectForText, "name", "must be text", "须为文本");
        assertFieldProblem(textForList, "tags", "must be a list", "须为列表");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void acknowledgement_withADetailOfTheWrongKind_namesTheField_andLeavesTheActionPending() {
        TestGroup group = TestGroup.of(port).idStartingWith("contract").open();
        String actionId = jdbc.sql("SELECT id FROM qf_action WHERE group_id = ?")
                .param(group.id)
                .query(String.class)
                .single();

        Reply reply = api.post("/api/v1/actions/" + actionId + "/ack", """
                {"status":"FAILED","detail":{"code":45009}}""");

        assertFieldProblem(reply, "detail", "must be text", "须为文本");
        assertThat(jdbc.sql("SELECT status FROM qf_action WHERE id = ?")
                        .param(actionId)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void aBodyMissingOrOfAnotherShape_isRefusedInBothLanguages_withoutTheServersClassNames() {
        String id = "contract-" + UUID.randomUUID();

        Reply missing = api.post("/api/v1/groups", "");
        Reply array = api.post("/api/v1/groups", """
                [{"id":"%s","name":"宝妈群","intro":"育儿","type":"CONTENT"}]""".formatted(id));
        Reply cutShort = api.post("/api/v1/groups", "{\"id\":\"%s\",\"name\":".formatted(id));

        for (Reply reply : new Reply[] {missing, array, cutShort}) {
            assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.body().get("type").asText()).isEqualTo("urn:qunflow:problem:malformed-json");
            assertThat(reply.body().get("detailZh").asText()).isNotBlank();
            assertThat(reply.body().get("detail").asText()).doesNotContain("io.qunflow", "java.", "$", "`");
        }
        assertThat(array.body().get("detail").asText())
                .isEqualTo("The request body is not of the shape this call takes: it must be an object");
        assertThat(array.body().get("detailZh").asText()).isEqualTo("请求内容的结构不是这个接口所要的：须为对象");
        assertThat(cutShort.body().get("detail").asText())
                .startsWith("The request body is not valid JSON (line 1, column");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /**
     * The request firewall refuses {@code %}, {@code ;} and the segments {@code .} and {@code ..}
     * in any address, so a group under such an id could be created but never read, edited or sent
     * an event. Such an id is refused when the group is created; every other visible character
     * (Chinese, emoji, {@code #}, {@code ?}) is kept and its Location reads the group back.
     */
    @Test
    void createGroup_refusesAnIdNoAddressCanCarry_andStoresNothing_butKeepsEveryOtherVisibleId() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        for (String id : new String[] {"50%off-" + suffix, "a;b-" + suffix, ".", ".."}) {
            Reply refused = api.post("/api/v1/groups", """
                    {"id":"%s","name":"宝妈群","intro":"育儿","type":"CONTENT"}""".formatted(id));

            assertThat(refused.status()).as(id + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText())
                    .isEqualTo("id");
            assertThat(refused.body().get("errors").get(0).get("message").asText())
                    .isEqualTo("must not hold % or ; nor be . or .., which no address of the API can carry");
            assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                    .isEqualTo("不能含 % 或 ;，也不能是 . 或 ..：接口的地址中无法使用这样的 id");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_group WHERE id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single())
                    .isZero();
        }

        String kept = "宝妈群#1?🌸." + suffix;
        Reply created = api.post("/api/v1/groups", """
                {"id":"%s","name":"宝妈群","intro":"育儿","type":"CONTENT"}""".formatted(kept));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        Reply readBack = api.get(created.location());
        assertThat(readBack.status()).as(readBack.raw()).isEqualTo(200);
        assertThat(readBack.body().get("id").asText()).isEqualTo(kept);
    }

    private static void assertFieldProblem(Reply reply, String field, String message, String messageZh) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body().get("type").asText()).isEqualTo("urn:qunflow:problem:invalid-request");
        assertThat(reply.body().get("detailZh").asText()).isNotBlank();
        assertThat(reply.body().get("errors")).hasSize(1);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).isEqualTo(message);
        assertThat(reply.body().get("errors").get(0).get("messageZh").asText()).isEqualTo(messageZh);
    }
}
