package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's name is read in the audit trail, the user list and on staff tasks: a second account
 * that reads like the first (another case, full-width letters, an invisible letter) would pass for
 * it, and so would one in letters of another script that look the same (Cyrillic а for a). So would
 * a second API key whose name reads like the first's ({@code key:<name>} in the trail).
 * And a password must be something typed, not twelve invisible characters.
 */
@ApiTest
class LookAlikeAccountsApiTest {

    private static final String PASSWORD = "运营主管的长密码2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.asUser(port, "admin", "qunflow");
    }

    private Reply create(String username, String password) {
        return admin.post("/api/v1/users", """
                {"username":"%s","password":"%s","roles":["ADMIN"]}""".formatted(username, password));
    }

    private int stored(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM qf_user WHERE username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    @Test
    void aNameReadingLikeATakenOne_inAnotherCaseOrFullWidth_is409_andNothingIsStored() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String taken = "ops-lead-" + suffix;
        assertThat(create(taken, PASSWORD).status()).isEqualTo(201);

        String fullWidth = "ｏｐｓ-ｌｅａｄ-" + suffix;
        for (String lookAlike : List.of("OPS-LEAD-" + suffix.toUpperCase(), "Ops-Lead-" + suffix, fullWidth, "Admin")) {
            Reply refused = create(lookAlike, PASSWORD);
            assertThat(refused.status()).as(lookAlike).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asText()).contains("'" + lookAlike + "'");
            assertThat(refused.body().get("detailZh").asText()).contains("看起来和已有的用户");
            assertThat(stored(lookAlike)).as(lookAlike).isZero();
        }
        assertThat(admin.get("/api/v1/audit?subjectType=USER&subject=" + "Admin")
                        .body()
                        .findValuesAsText("change"))
                .isEmpty();
    }

    @Test
    void aNameMixingScripts_suchAsACyrillicLetterAmongLatin_is400_andNothingIsStored() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // а and е below are Cyrillic: each name reads as a Latin one that may not exist yet.
        for (String mixed : List.of("\u0430dmin-" + suffix, "ops-l\u0435ad-" + suffix, "Σ-ops-" + suffix)) {
            Reply refused = create(mixed, PASSWORD);
            assertThat(refused.status()).as(mixed).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("username");
            assertThat(refused.body().get("errors").findValuesAsText("messageZh"))
                    .containsExactly(LookAlikeNames.MIXED_SCRIPTS.zh());
            assertThat(stored(mixed)).as(mixed).isZero();
            assertThat(admin.get("/api/v1/audit?subjectType=USER&subject=" + mixed)
                            .body()
                            .findValuesAsText("change"))
                    .as(mixed)
                    .isEmpty();
        }
    }

    @Test
    void aNameWhollyInAnotherScriptOrOfLookAlikeLetters_readingLikeATakenOne_is409() {
        String digits = digits();
        String taken = "ace-" + digits;
        assertThat(create(taken, PASSWORD).status()).isEqualTo(201);

        // асе in Cyrillic letters only (one script, so not mixed), a 1 drawn as l, and rn drawn as m.
        for (String lookAlike : List.of("\u0430\u0441\u0435-" + digits, "ace-" + digits.replace('1', 'l'))) {
            Reply refused = create(lookAlike, PASSWORD);
            assertThat(refused.status()).as(lookAlike).isEqualTo(409);
            assertThat(refused.body().get("detailZh").asText()).contains("看起来和已有的用户 " + taken);
            assertThat(stored(lookAlike)).as(lookAlike).isZero();
        }
        Reply adrnin = create("adrnin", PASSWORD);
        assertThat(adrnin.status()).isEqualTo(409);
        assertThat(adrnin.body().get("detail").asText()).contains("existing user 'admin'");
        assertThat(stored("adrnin")).isZero();
    }

    @Test
    void chineseNames_andLatinBesideChineseJapaneseOrKorean_stillMakeAccounts() {
        String digits = digits();
        for (String name :
                List.of("运营张三" + digits, "运营张叁" + digits, "张三_ops" + digits, "さくら_ops" + digits, "김철수ops" + digits)) {
            assertThat(create(name, PASSWORD).status()).as(name).isEqualTo(201);
            assertThat(stored(name)).as(name).isOne();
        }
    }

    @Test
    void aReservedName_inFullWidthOrACompatibilityLetter_is400() {
        // ｓｙｓｔｅｍ, ſystem (a long s) and ѕystem (a Cyrillic ѕ) read as system: Qunflow's own name in
        // the trail. So does systern, rn drawn as m.
        for (String impostor : List.of("ｓｙｓｔｅｍ", "ſystem", "\u0455ystem", "systern", "ＷＥＣＯＭ", "ｗｏｒｋｆｌｏｗ")) {
            Reply refused = create(impostor, PASSWORD);
            assertThat(refused.status()).as(impostor).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("username");
            assertThat(stored(impostor)).as(impostor).isZero();
        }
    }

    @Test
    void aNameWithAnInvisibleLetterOrSpace_is400() {
        String base = "ops-" + UUID.randomUUID().toString().substring(0, 6);
        // The Hangul fillers are letters to Unicode and draw nothing: "ops-1ㅤ" reads as "ops-1".
        for (String invisible : List.of(
                base + "\u3164", base + "\uFFA0", "\u115F" + base, base + "\u1160", base + " ", base + "\u200B")) {
            Reply refused = create(invisible, PASSWORD);
            assertThat(refused.status()).as(invisible).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("username");
            assertThat(stored(invisible)).as(invisible).isZero();
        }
    }

    @Test
    void aPasswordOfInvisibleCharactersOnly_is400_andNothingIsStored() {
        for (String invisible :
                List.of("\u00A0".repeat(12), "\u200B".repeat(12), "\u2007".repeat(6) + "\uFEFF".repeat(6))) {
            String name = "ops-" + UUID.randomUUID().toString().substring(0, 6);
            Reply refused = create(name, invisible);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("password");
            assertThat(refused.body().get("errors").findValuesAsText("messageZh"))
                    .containsExactly("须至少 12 个字符、不能全是空格，且最多 72 字节（约 24 个汉字）");
            assertThat(stored(name)).isZero();
        }
    }

    @Test
    void aKeyNameReadingLikeATakenOne_is409_andNoKeyIsStored() {
        // Letters in the suffix, so that its upper case is another spelling and not the same name.
        String suffix = "key" + UUID.randomUUID().toString().substring(0, 6);
        String taken = "企业微信 连接器 " + suffix;
        assertThat(admin.post("/api/v1/keys", "{\"name\":\"" + taken + "\",\"scopes\":[\"events\"]}")
                        .status())
                .isEqualTo(201);

        for (String lookAlike : List.of(
                taken + " ",
                " " + taken,
                "企业微信　连接器 " + suffix,
                "企业微信  连接器 " + suffix.toUpperCase(),
                "企业微信 连接器 " + fullWidth(suffix))) {
            Reply refused =
                    admin.post("/api/v1/keys", "{\"name\":\"" + lookAlike + "\",\"scopes\":[\"events\",\"groups\"]}");
            assertThat(refused.status()).as(lookAlike).isEqualTo(409);
            // Spaces at the ends are trimmed as the request is read, so those are the name itself.
            assertThat(refused.body().get("detailZh").asText()).as(lookAlike).contains(taken);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_api_key WHERE name = ?")
                            .param(lookAlike)
                            .query(Integer.class)
                            .single())
                    .as(lookAlike)
                    .isZero();
        }
        Reply upperCase =
                admin.post("/api/v1/keys", "{\"name\":\"" + taken.toUpperCase() + "\",\"scopes\":[\"events\"]}");
        assertThat(upperCase.status()).isEqualTo(409);
        assertThat(upperCase.body().get("detailZh").asText()).contains("看起来和已有的 API 密钥 " + taken);
    }

    @Test
    void aKeyName_mixingScriptsOrWhollyInAnotherReadingLikeATakenOne_isRefusedAsAUserNameWouldBe() {
        String digits = digits();
        String taken = "ace copy " + digits;
        assertThat(admin.post("/api/v1/keys", "{\"name\":\"" + taken + "\",\"scopes\":[\"events\"]}")
                        .status())
                .isEqualTo(201);

        String mixed = "\u0430ce copy " + digits;
        Reply mixedRefused = admin.post("/api/v1/keys", "{\"name\":\"" + mixed + "\",\"scopes\":[\"events\"]}");
        assertThat(mixedRefused.status()).isEqualTo(400);
        assertThat(mixedRefused.body().get("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(mixedRefused.body().get("errors").findValuesAsText("messageZh"))
                .containsExactly(LookAlikeNames.MIXED_SCRIPTS.zh());

        // Wholly Cyrillic words, and a Hangul filler that draws nothing: each reads as the taken name.
        String cyrillic = "\u0430\u0441\u0435 \u0441\u043e\u0440\u0443 " + digits;
        for (String lookAlike : List.of(cyrillic, taken + "\u3164")) {
            Reply refused = admin.post("/api/v1/keys", "{\"name\":\"" + lookAlike + "\",\"scopes\":[\"events\"]}");
            assertThat(refused.status()).as(lookAlike).isEqualTo(409);
            assertThat(refused.body().get("detailZh").asText()).contains("看起来和已有的 API 密钥 " + taken);
        }
        for (String refused : List.of(mixed, cyrillic, taken + "\u3164")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qf_api_key WHERE name = ?")
                            .param(refused)
                            .query(Integer.class)
                            .single())
                    .as(refused)
                    .isZero();
        }
    }

    /** Six digits, the first a 1 (which reads as l), new for each test in the shared database. */
    private static String digits() {
        return "1" + (10_000 + ThreadLocalRandom.current().nextInt(90_000));
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01)));
        return wide.toString();
    }
}
