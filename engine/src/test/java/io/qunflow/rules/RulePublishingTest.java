package io.qunflow.rules;

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
 * For API tests that publish rule versions: a context and database of their own (H2, or PostgreSQL in the build's second run), so the versions
 * they publish never change what the other API tests see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", ApiTest.FAST_PASSWORD_HASHING})
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.RulePublishing.class)
@Tag("api")
public @interface RulePublishingTest {}
