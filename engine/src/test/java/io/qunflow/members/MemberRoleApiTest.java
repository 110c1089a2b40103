package io.qunflow.members;

import static io.qunflow.TestGroup.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.TestGroup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member really promoted in the chat gets the role through staff, since a rejoin never raises it. */
@ApiTest
class MemberRoleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestGroup group;
    ApiClient operator;

    @BeforeEach
    void openGroup() {
        group = TestGroup.of(port).open();
        operator = ApiClient.asUser(port, "operator", "qunflow");
    }

    @Test
    void anOperatorPromotesAMember_storedAndAudited_whereARejoinCouldNot() {
        group.newMember("ann").joins(daysAgo(10));
        group.event("ann-left", "MEMBER_LEFT", "ann", daysAgo(5), "{}");
        group.newMember("ann").role("ADMIN").joins(daysAgo(4));
        assertThat(role("ann")).as("a rejoin never raises a role").isEqualTo("MEMBER");

        Reply promoted = operator.put(
                "/api/v1/groups/" + group.id + "/members/ann/role", "{\"role\":\"ADMIN\",\"comment\":\"群主设为管理员\"}");

        assertThat(promoted.status()).as(promoted.raw()).isEqualTo(200);
        assertThat(promoted.body().get("role").asText()).isEqualTo("ADMIN");
        assertThat(role("ann")).isEqualTo("ADMIN");
        assertThat(jdbc.sql("SELECT actor || '|' || comment || '|' || diff FROM qf_audit"
                                + " WHERE subject = ? AND change = 'ROLE_CHANGED'")
                        .param(group.id + "/ann")
                        .query(String.class)
                        .list())
                .containsExactly("operator|群主设为管理员|- role = MEMBER\n+ role = ADMIN");
    }

    @Test
    void refusals_sayWhyInBothLanguages_andChangeNothing() {
        group.newMember("bob").joins(daysAgo(10));
        group.newMember("gone").joins(daysAgo(10));
        group.event("gone-left", "MEMBER_LEFT", "gone", daysAgo(1), "{}");

        Reply unknownRole = operator.put(
                "/api/v1/groups/" + group.id + "/members/bob/role", "{\"role\":\"KING\",\"comment\":\"x\"}");
        assertThat(unknownRole.status()).as(unknownRole.raw()).isEqualTo(400);
        assertThat(unknownRole.body().get("errors").findValuesAsText("field")).containsExactly("role");
        assertThat(unknownRole.body().get("detailZh").asText()).startsWith("角色有误");

        Reply unknownMember = operator.put(
                "/api/v1/groups/" + group.id + "/members/nobody/role", "{\"role\":\"ADMIN\",\"comment\":\"x\"}");
        assertThat(unknownMember.status()).as(unknownMember.raw()).isEqualTo(404);
        Reply unknownGroup =
                operator.put("/api/v1/groups/no-such-group/members/bob/role", "{\"role\":\"ADMIN\",\"comment\":\"x\"}");
        assertThat(unknownGroup.status()).as(unknownGroup.raw()).isEqualTo(404);

        Reply left = operator.put(
                "/api/v1/groups/" + group.id + "/members/gone/role", "{\"role\":\"ADMIN\",\"comment\":\"x\"}");
        assertThat(left.status()).as(left.raw()).isEqualTo(409);
        assertThat(left.body().get("detailZh").asText()).contains("已不在群内");

        Reply viewer = ApiClient.asUser(port, "viewer", "qunflow")
                .put("/api/v1/groups/" + group.id + "/members/bob/role", "{\"role\":\"ADMIN\",\"comment\":\"x\"}");
        assertThat(viewer.status()).isEqualTo(403);

        assertThat(role("bob")).isEqualTo("MEMBER");
        assertThat(role("gone")).isEqualTo("MEMBER");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject LIKE ? AND change = 'ROLE_CHANGED'")
                        .param(group.id + "/%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String role(String memberId) {
        return jdbc.sql("SELECT role FROM qf_member WHERE group_id = ? AND member_id = ?")
                .params(group.id, memberId)
                .query(String.class)
                .single();
    }
}
