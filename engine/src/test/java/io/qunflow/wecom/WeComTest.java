package io.qunflow.wecom;

import io.qunflow.ApiTest;
import io.qunflow.TestDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * For API tests of the WeCom connector: a context and database of their own (H2, or PostgreSQL in
 * the build's second run) with the connector on, configured with the corp of WeCom's published
 * crypto sample and pointed at {@link MockWeCom}. The connector's pollers wait an hour between
 * rounds, so tests run the rounds themselves. A browser test of the connector's pages may extend
 * {@code BrowserTest} and carry this annotation: it then runs in this context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.job-execution.enabled=false",
            ApiTest.FAST_PASSWORD_HASHING,
            "qunflow.wecom.enabled=true",
            "qunflow.wecom.corp-id=" + WeComCryptoTest.CORP_ID,
            "qunflow.wecom.corp-secret=" + MockWeCom.SECRET,
            "qunflow.wecom.agent-id=1000002",
            "qunflow.wecom.token=" + WeComCryptoTest.TOKEN,
            "qunflow.wecom.encoding-aes-key=" + WeComCryptoTest.KEY,
            "qunflow.wecom.public-url=https://qunflow.example.test",
            "qunflow.wecom.escalation-user-id=admin-li",
            "qunflow.wecom.poll-interval=PT1H",
            "qunflow.wecom.reach-interval=PT1H"
        })
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(
        initializers = {TestDatabase.WeCom.class, MockWeCom.class},
        // A browser test of the WeCom pages extends BrowserTest, whose API-test context names the
        // shared database: this context keeps its own.
        inheritInitializers = false)
@Tag("api")
public @interface WeComTest {}
