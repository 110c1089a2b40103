package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import io.qunflow.AtOnce;
import io.qunflow.TestGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People's accounts kept by admins, through the real server: answers, stored rows, audit, sessions. */
@ApiTest
class UserAdministrationApiTest {

    private static final String PASSWORD = "合规审核员的密码2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.asUser(port, "admin", "qunflow");
    }

    private static String someone() {
        return "风控-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply create(String username, String password, String roles) {
        return admin.post("/api/v1/users", """
                {"username":"%s","password":"%s","roles":%s}""".formatted(username, password, roles));
    }

    private Map<String, Object> row(String username) {
        return jdbc.sql("SELECT password_hash, roles, enabled FROM qf_user WHERE username = ?")
                .param(username)
                .query()
                .singleRow();
    }

    private List<String> audited(String username) {
        return admin.get("/api/v1/audit?subjectType=USER&subject=" + encode(username))
                .body()
                .findValuesAsText("change");
    }

    @Test
    void create_byAnAdmin_storesTheHashOnly_auditsIt_andThePersonSignsInWithTheirRoles() {
        String name = someone();

        Reply created = create(name, PASSWORD, "[\"COMPLIANCE\",\"VIEWER\",\"COMPLIANCE\"]");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("username").asText()).isEqualTo(name);
        assertThat(created.body().get("roles").toString()).isEqualTo("[\"COMPLIANCE\",\"VIEWER\"]");
        assertThat(created.body().get("enabled").asBoolean()).isTrue();
        assertThat(created.raw()).doesNotContain(PASSWORD);
        Map<String, Object> stored = row(name);
        assertThat(stored.get("roles")).isEqualTo("COMPLIANCE,VIEWER");
        assertThat((String) stored.get("password_hash"))
                .doesNotContain(PASSWORD)
                .startsWith("{bcrypt}");
        assertThat(passwords.matches(PASSWORD, (String) stored.get("password_hash")))
                .isTrue();
        assertThat(audited(name)).containsExactly("CREATED");
        assertThat(admin.get("/api/v1/audit?subjectType=USER").raw()).doesNotContain(PASSWORD);
        assertThat(admin.get("/api/v1/users").body().findValuesAsText("username"))
                .contains(name);

        Reply me = ApiClient.asUser(port, name, PASSWORD).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("roles").toString()).isEqualTo("[\"COMPLIANCE\",\"VIEWER\"]");
    }

    @Test
    void create_aTakenNameIs409_andBadFieldsAre400WithEveryProblem_andNothingIsStored() {
        String name = someone();
        assertThat(create(name, PASSWORD, "[\"VIEWER\"]").status()).isEqualTo(201);

        Reply taken = create(name, "another password 123", "[\"ADMIN\"]");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
        assertThat(taken.body().get("detailZh").asText()).isEqualTo("用户 " + name + " 已存在");
        assertThat(row(name).get("roles")).isEqualTo("VIEWER");

        Reply bad = create("has space:colon", "short", "[\"ROOT\"]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsText("field"))
                .containsExactly("username", "password", "roles[0]");
        assertThat(bad.body().get("detailZh").asText()).isEqualTo("用户信息有误");
        assertThat(bad.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly(
                        "须为 1 到 64 个字母、数字、'.'、'_' 或 '-'，且不能是 system、workflow、wecom、demo 或 GROUP_OWNER",
                        "须至少 12 个字符、不能全是空格，且最多 72 字节（约 24 个汉字）",
                        "须为以下之一：[DESIGNER, COMPLIANCE, OPERATOR, VIEWER, ADMIN]");
        // 64 letters beyond the basic plane are 128 units, more than the columns that record who acted.
        String rare = "𠀀".repeat(64);
        Reply tooRare = create(rare, PASSWORD, "[\"VIEWER\"]");
        assertThat(tooRare.status()).as(tooRare.raw()).isEqualTo(400);
        assertThat(tooRare.body().get("errors").findValuesAsText("field")).containsExactly("username");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_user WHERE username = ?")
                        .param(rare)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(create("𠀀".repeat(32), PASSWORD, "[\"VIEWER\"]").status()).isEqualTo(201);
        // Qunflow's own actors in the audit trail, and the group owner's stand-in on staff tasks.
        for (String impostor : List.of("system", "Workflow", "WECOM", "demo", "GROUP_OWNER")) {
            Reply reserved = create(impostor, PASSWORD, "[\"COMPLIANCE\"]");
            assertThat(reserved.status()).as(impostor).isEqualTo(400);
            assertThat(reserved.body().get("errors").findValuesAsText("field")).containsExactly("username");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_user WHERE LOWER(username) = ?")
                            .param(impostor.toLowerCase(java.util.Locale.ROOT))
                            .query(Integer.class)
                            .single())
                    .isZero();
        }
        Reply noRoles = create(someone(), PASSWORD, "[]");
        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.body().get("errors").findValuesAsText("field")).containsExactly("roles");
        assertThat(noRoles.body().get("errors").findValuesAsText("message"))
                .containsExactly("must name one to five of [DESIGNER, COMPLIANCE, OPERATOR, VIEWER, ADMIN]");
        assertThat(noRoles.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly("须为 [DESIGNER, COMPLIANCE, OPERATOR, VIEWER, ADMIN] 中的一到五个");
        // bcrypt reads 72 bytes only: a longer password would seem stronger than it is.
        Reply tooLong = create(someone(), "密".repeat(25), "[\"VIEWER\"]");
        assertThat(tooLong.status()).isEqualTo(400);
        String spaces = someone();
        Reply blank = create(spaces, " ".repeat(12) + "\\t\\u3000", "[\"VIEWER\"]");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").findValuesAsText("field")).containsExactly("password");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_user WHERE username = ?")
                        .param(spaces)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(admin.patch("/api/v1/users/" + name, "{\"password\":\"" + " ".repeat(16) + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(passwords.matches(PASSWORD, (String) row(name).get("password_hash")))
                .isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_user WHERE username = 'has space:colon'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(admin.patch("/api/v1/users/" + name, "{}").status()).isEqualTo(400);
        assertThat(admin.patch("/api/v1/users/nobody-" + UUID.randomUUID(), "{\"enabled\":false}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void everyUserEndpoint_refusesNonAdmins_with403_andChangesNothing() {
        String name = someone();
        assertThat(create(name, PASSWORD, "[\"VIEWER\"]").status()).isEqualTo(201);
        List<ApiClient> others = List.of(
                ApiClient.asUser(port, "operator", "qunflow"),
                ApiClient.asUser(port, "compliance", "qunflow"),
                ApiClient.asUser(port, "designer", "qunflow"),
                ApiClient.asUser(port, "viewer", "qunflow"),
                ApiClient.withKey(port, "qf_dev_key"));

        for (ApiClient other : others) {
            assertThat(other.get("/api/v1/users").status()).isEqualTo(403);
            assertThat(other.post("/api/v1/users", """
                    {"username":"%s","password":"%s","roles":["ADMIN"]}""".formatted(someone(), PASSWORD))
                            .status())
                    .isEqualTo(403);
            assertThat(other.patch("/api/v1/users/" + name, "{\"roles\":[\"ADMIN\"]}")
                            .status())
                    .isEqualTo(403);
            assertThat(other.post("/api/v1/keys/key_any/rotate", "").status()).isEqualTo(403);
        }
        assertThat(row(name).get("roles")).isEqualTo("VIEWER");
        assertThat(audited(name)).containsExactly("CREATED");
    }

    @Test
    void disabling_refusesTheSignIn_andEndsTheSessionsAlreadyOpen_andEnablingLetsThemBackIn() {
        String name = someone();
        assertThat(create(name, PASSWORD, "[\"OPERATOR\"]").status()).isEqualTo(201);
        SignedInSession session = SignedInSession.signIn(port, name, PASSWORD);
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);

        Reply disabled = admin.patch("/api/v1/users/" + name, """
                {"enabled":false,"comment":"离职"}""");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(row(name).get("enabled")).isEqualTo(false);
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(ApiClient.asUser(port, name, PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(SignedInSession.attempt(port, name, PASSWORD)).contains("error");
        JsonNode entry = admin.get("/api/v1/audit?subjectType=USER&subject=" + encode(name))
                .body()
                .get(0);
        assertThat(entry.get("change").asText()).isEqualTo("DISABLED");
        assertThat(entry.get("comment").asText()).isEqualTo("离职");
        assertThat(entry.get("actor").asText()).isEqualTo("admin");

        assertThat(admin.patch("/api/v1/users/" + name, "{\"enabled\":true}").status())
                .isEqualTo(200);
        assertThat(SignedInSession.signIn(port, name, PASSWORD)
                        .get("/api/v1/me")
                        .statusCode())
                .isEqualTo(200);
        assertThat(audited(name)).containsExactly("ENABLED", "DISABLED", "CREATED");
    }

    @Test
    void aPasswordReset_endsTheOldSessions_andOnlyTheNewPasswordSignsIn() {
        String name = someone();
        String next = "new password after reset 重置";
        assertThat(create(name, PASSWORD, "[\"VIEWER\"]").status()).isEqualTo(201);
        SignedInSession session = SignedInSession.signIn(port, name, PASSWORD);

        Reply reset = admin.patch("/api/v1/users/" + name, """
                {"password":"%s"}""".formatted(next));

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.raw()).doesNotContain(next);
        assertThat(passwords.matches(next, (String) row(name).get("password_hash")))
                .isTrue();
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(ApiClient.asUser(port, name, PASSWORD).get("/api/v1/me").status())
                .isEqualTo(401);
        assertThat(ApiClient.asUser(port, name, next).get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(audited(name)).containsExactly("PASSWORD_RESET", "CREATED");
        assertThat(admin.get("/api/v1/audit?subjectType=USER").raw()).doesNotContain(next);
    }

    @Test
    void newRoles_applyToTheOpenSessionAtItsNextRequest() {
        String name = someone();
        assertThat(create(name, PASSWORD, "[\"VIEWER\"]").status()).isEqualTo(201);
        SignedInSession session = SignedInSession.signIn(port, name, PASSWORD);
        assertThat(session.get("/api/v1/users").statusCode()).isEqualTo(403);

        Reply changed = admin.patch("/api/v1/users/" + name, """
                {"roles":["ADMIN","OPERATOR"],"comment":"接手用户管理"}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("roles").toString()).isEqualTo("[\"OPERATOR\",\"ADMIN\"]");
        assertThat(row(name).get("roles")).isEqualTo("OPERATOR,ADMIN");
        assertThat(session.get("/api/v1/me").body()).contains("\"roles\":[\"ADMIN\",\"OPERATOR\"]");
        assertThat(session.get("/api/v1/users").statusCode()).isEqualTo(200);
        JsonNode entry = admin.get("/api/v1/audit?subjectType=USER&subject=" + encode(name))
                .body()
                .get(0);
        assertThat(entry.get("change").asText()).isEqualTo("ROLES_CHANGED");
        assertThat(entry.get("diff").asText()).isEqualTo("VIEWER → OPERATOR,ADMIN");
        assertThat(entry.get("comment").asText()).isEqualTo("接手用户管理");
        assertThat(admin.patch("/api/v1/users/" + name, "{\"enabled\":false}").status())
                .isEqualTo(200);
    }

    @Test
    void theLastEnabledAdmin_cannotBeDisabledNorLoseTheAdminRole() {
        String root = "root-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(create(root, PASSWORD, "[\"ADMIN\"]").status()).isEqualTo(201);
        ApiClient asRoot = ApiClient.asUser(port, root, PASSWORD);
        List<String> others = new ArrayList<>();
        for (JsonNode user : admin.get("/api/v1/users").body()) {
            String name = user.get("username").asText();
            if (user.get("enabled").asBoolean()
                    && user.get("roles").toString().contains("ADMIN")
                    && !name.equals(root)) {
                others.add(name);
            }
        }
        try {
            for (String other : others) {
                assertThat(asRoot.patch("/api/v1/users/" + encode(other), "{\"enabled\":false}")
                                .status())
                        .isEqualTo(200);
            }

            Reply disable = asRoot.patch("/api/v1/users/" + root, "{\"enabled\":false}");
            Reply demote = asRoot.patch("/api/v1/users/" + root, "{\"roles\":[\"OPERATOR\"]}");

            assertThat(disable.status()).isEqualTo(409);
            assertThat(disable.contentType()).startsWith("application/problem+json");
            assertThat(disable.body().get("detail").asText()).contains("last enabled admin");
            assertThat(demote.status()).isEqualTo(409);
            assertThat(row(root).get("enabled")).isEqualTo(true);
            assertThat(row(root).get("roles")).isEqualTo("ADMIN");
            assertThat(asRoot.get("/api/v1/audit?subjectType=USER&subject=" + root)
                            .body()
                            .findValuesAsText("change"))
                    .containsExactly("CREATED");
            // Holding other roles besides is fine.
            assertThat(asRoot.patch("/api/v1/users/" + root, "{\"roles\":[\"ADMIN\",\"COMPLIANCE\"]}")
                            .status())
                    .isEqualTo(200);
        } finally {
            for (String other : others) {
                jdbc.sql("UPDATE qf_user SET enabled = TRUE WHERE username = ?")
                        .param(other)
                        .update();
            }
        }
        assertThat(admin.patch("/api/v1/users/" + root, "{\"enabled\":false}").status())
                .isEqualTo(200);
    }

    @Test
    void rotatingAKey_givesANewSecretOnce_theOldOneStopsAtOnce_andTheKeyKeepsItsIdAndScopes() {
        Reply created = admin.post("/api/v1/keys", """
                {"name":"有赞连接器","scopes":["events","groups"]}""");
        String id = created.body().get("id").asText();
        String old = created.body().get("key").asText();
        assertThat(ApiClient.withKey(port, old).get("/api/v1/me").status()).isEqualTo(200);

        Reply rotated = admin.post("/api/v1/keys/" + id + "/rotate", "");

        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.body().get("key").asText();
        assertThat(fresh).startsWith("qfk_").isNotEqualTo(old);
        assertThat(rotated.body().get("id").asText()).isEqualTo(id);
        assertThat(rotated.body().get("name").asText()).isEqualTo("有赞连接器");
        assertThat(ApiClient.withKey(port, old).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.withKey(port, fresh)
                        .get("/api/v1/me")
                        .body()
                        .get("scopes")
                        .toString())
                .isEqualTo("[\"events\",\"groups\"]");
        Map<String, Object> stored = jdbc.sql("SELECT key_hash, rotated_at FROM qf_api_key WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(stored.get("key_hash")).isEqualTo(ApiKeyStore.hash(fresh));
        assertThat(stored.get("rotated_at")).isNotNull();
        JsonNode listed = admin.get("/api/v1/keys").body();
        assertThat(listed.toString()).doesNotContain(fresh);
        JsonNode trail =
                admin.get("/api/v1/audit?subjectType=API_KEY&subject=" + id).body();
        assertThat(trail.findValuesAsText("change")).containsExactly("ROTATED", "CREATED");
        assertThat(trail.get(0).get("comment").asText()).endsWith("': the old secret no longer works");
        assertThat(trail.get(0).get("commentZh").asText()).endsWith("”：旧的密钥值已失效");

        assertThat(admin.delete("/api/v1/keys/" + id).status()).isEqualTo(204);
        Reply again = admin.post("/api/v1/keys/" + id + "/rotate", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(ApiClient.withKey(port, fresh).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.post("/api/v1/keys/key_nonexistent/rotate", "").status())
                .isEqualTo(404);
    }

    @Test
    void aKeyName_thatCouldPoseAsAnother_orNotFitTheAuditTrail_isRefused_andNoKeyIsStored() {
        int keysBefore = keyCount();
        for (String name : List.of(
                "a\\u0000b", "ci\\nkey:admin", "\\u202Enimda", "零\\u200Bwidth", "k".repeat(65), "😀".repeat(33))) {
            Reply refused = admin.post("/api/v1/keys", """
                    {"name":"%s","scopes":["groups"]}""".formatted(name));
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("name");
        }
        assertThat(keyCount()).isEqualTo(keysBefore);

        // The longest name a key may have still names it in the audit trail of what it does.
        String longest = "连".repeat(64);
        Reply created = admin.post("/api/v1/keys", """
                {"name":"%s","scopes":["groups"]}""".formatted(longest));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ApiClient system = ApiClient.withKey(port, created.body().get("key").asText());
        String groupId = TestGroup.of(port).name("长名密钥群").intro("audit").open().id;
        Reply scheduled = system.post("/api/v1/groups/" + groupId + "/sop/entries", """
                {"entries":[{"cadence":"DAILY","time":"20:00","purpose":"CONTENT","contentKind":"TEXT","text":"晚安"}]}""");
        assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
        assertThat(admin.get("/api/v1/audit?subjectType=SOP_CALENDAR&subject=" + groupId)
                        .body()
                        .findValuesAsText("actor"))
                .containsExactly("key:" + longest);
    }

    @Test
    void aKeyName_takenByAnActiveOrARevokedKey_is409_andNoKeyIsStored() {
        String name = "有赞连接器-" + UUID.randomUUID().toString().substring(0, 8);
        Reply first = admin.post("/api/v1/keys", """
                {"name":"%s","scopes":["events"]}""".formatted(name));
        assertThat(first.status()).isEqualTo(201);

        Reply again = admin.post("/api/v1/keys", """
                {"name":" %s ","scopes":["groups"]}""".formatted(name));
        assertThat(admin.delete("/api/v1/keys/" + first.body().get("id").asText())
                        .status())
                .isEqualTo(204);
        Reply afterRevoking = admin.post("/api/v1/keys", """
                {"name":"%s","scopes":["groups"]}""".formatted(name));

        for (Reply refused : List.of(again, afterRevoking)) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asText())
                    .isEqualTo("An API key named '" + name + "' already exists (a revoked key keeps its name, as the"
                            + " audit trail names its actions by it); choose another name");
            assertThat(refused.body().get("detailZh").asText())
                    .isEqualTo("已有名为 " + name + " 的 API 密钥（吊销的密钥仍保留名称，审计记录以此名称记录其操作），请换一个名称");
            assertThat(refused.raw()).doesNotContain("qfk_");
        }
        assertThat(keysNamed(name)).isEqualTo(1);
        assertThat(keysCreatedInTheAudit(name)).isEqualTo(1);
    }

    @Test
    void twoKeysOfOneNameCreatedAtOnce_oneIsStoredAndTheOtherRefused() throws Exception {
        String name = "并发连接器-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"name":"%s","scopes":["events"]}""".formatted(name);

        List<Reply> replies =
                AtOnce.send(() -> admin.post("/api/v1/keys", body), () -> admin.post("/api/v1/keys", body));

        assertThat(replies.stream().map(Reply::status).sorted()).containsExactly(201, 409);
        assertThat(keysNamed(name)).isEqualTo(1);
        assertThat(keysCreatedInTheAudit(name)).isEqualTo(1);
    }

    private int keysNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_api_key WHERE name = ?")
                .param(name)
                .query(Integer.class)
                .single();
    }

    private int keysCreatedInTheAudit(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_audit WHERE subject_type = 'API_KEY' AND change = 'CREATED'"
                        + " AND comment LIKE ?")
                .param("key '" + name + "'%")
                .query(Integer.class)
                .single();
    }

    @Test
    void aKeyWithANullScope_isA400NamingTheScopes_andNoKeyIsStored() {
        int keysBefore = keyCount();

        Reply refused = admin.post("/api/v1/keys", """
                {"name":"空范围","scopes":["events",null]}""");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
        assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("scopes");
        assertThat(refused.body().get("errors").get(0).get("messageZh").asText())
                .startsWith("须为以下一项或多项：");
        assertThat(keyCount()).isEqualTo(keysBefore);
    }

    private int keyCount() {
        return jdbc.sql("SELECT COUNT(*) FROM qf_api_key").query(Integer.class).single();
    }

    @Test
    void aGroupsKey_createsSchedulesAndDissolves_butOperatorsWorkIsRefused_andChangesNothing() {
        String key = admin.post("/api/v1/keys", """
                        {"name":"建群系统","scopes":["groups"]}""").body().get("key").asText();
        ApiClient system = ApiClient.withKey(port, key);
        String groupId = "scope-" + UUID.randomUUID();
        assertThat(system.post("/api/v1/groups", """
                        {"id":"%s","name":"范围测试群","intro":"scope","type":"CONTENT"}""".formatted(groupId)).status())
                .isEqualTo(201);
        assertThat(ApiClient.withKey(port, "qf_dev_key")
                        .post("/api/v1/groups/" + groupId + "/events", """
                        {"eventId":"%s-join","type":"MEMBER_JOINED","memberId":"m1","at":"2026-11-23T10:00:00+08:00",\
                        "payload":{}}""".formatted(groupId))
                        .status())
                .isEqualTo(200);
        String base = "/api/v1/groups/" + groupId;

        assertThat(system.post(base + "/pruning-runs?dryRun=false", "{}").status())
                .isEqualTo(403);
        assertThat(system.post(base + "/lotteries", """
                        {"name":"抽奖","prize":"面膜","winners":1}""").status()).isEqualTo(403);
        assertThat(system.post(base + "/members/m1/layer-lock", "{\"layer\":\"CORE\"}")
                        .status())
                .isEqualTo(403);
        assertThat(system.post(base + "/members/m1/keep", "{}").status()).isEqualTo(403);
        assertThat(system.delete(base + "/members/m1/keep").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_lottery WHERE group_id = ?")
                        .param(groupId)
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(system.post(base + "/dissolve", "{}").status()).isEqualTo(200);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
