package io.qunflow.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * For API tests that publish rule versions: a context and database of their own, so the versions
 * they publish never change what the other API tests see.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:qunflow-rule-publishing-tests;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
public @interface RulePublishingTest {}
