package io.qunflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.qunflow.ApiClient;
import io.qunflow.ApiClient.Reply;
import io.qunflow.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Signing in as people do it: a password typed on another keyboard or system arrives in another
 * Unicode form and still opens the account; a disabled account answers exactly as a wrong password.
 */
@ApiTest
class PasswordSignInApiTest {

    /** é composed; the same password as some systems send it is e and a combining acute. */
    private static final String COMPOSED = "Café 运营主管 2026";

    private static final String DECOMPOSED = "Cafe\u0301 运营主管 2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration authentication;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = ApiClient.asUser(port, "admin", "qunflow");
    }

    private String newViewer(String password) {
        String name = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = admin.post("/api/v1/users", """
                {"username":"%s","password":"%s","roles":["VIEWER"]}""".formatted(name, password));
        assertThat(created.status()).isEqualTo(201);
        return name;
    }

    @Test
    void aPassword_setDecomposed_isStoredComposed_andSignsInTypedEitherWay() {
        String name = newViewer(DECOMPOSED);

        String stored = jdbc.sql("SELECT password_hash FROM qf_user WHERE username = ?")
                .param(name)
                .query(String.class)
                .single();
        assertThat(new BCryptPasswordEncoder().matches(COMPOSED, stored.substring("{bcrypt}".length())))
                .isTrue();
        assertThat(ApiClient.asUser(port, name, COMPOSED).get("/api/v1/me").status())
                .isEqualTo(200);
        assertThat(ApiClient.asUser(port, name, DECOMPOSED).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void aPasswordSetComposed_signsInTyped_decomposed() {
        String name = newViewer(COMPOSED);

        assertThat(ApiClient.asUser(port, name, DECOMPOSED).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void aDisabledAccount_answersAsAWrongPasswordDoes_withTheRightPasswordOrNot() {
        String name = newViewer(COMPOSED);
        assertThat(admin.patch("/api/v1/users/" + name, "{\"enabled\":false}").status())
                .isEqualTo(200);

        Reply rightPassword = ApiClient.asUser(port, name, COMPOSED).get("/api/v1/me");
        Reply wrongPassword =
                ApiClient.asUser(port, name, "a wrong password 2026").get("/api/v1/me");
        Reply unknownName = ApiClient.asUser(port, "nobody-" + name, COMPOSED).get("/api/v1/me");

        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.raw()).isEqualTo(wrongPassword.raw()).isEqualTo(unknownName.raw());
    }

    @Test
    void everySignIn_goesThroughOneProvider_ofTheKindPasswordSignInTestHoldsToEqualWork() throws Exception {
        assertThat(((ProviderManager) authentication.getAuthenticationManager()).getProviders())
                .singleElement()
                .isExactlyInstanceOf(DaoAuthenticationProvider.class);
    }
}
