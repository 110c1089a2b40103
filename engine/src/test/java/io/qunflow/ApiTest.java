package io.qunflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context every API test shares (so it boots once): the real server on a
 * random port, an in-memory database of its own, the demo accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:qunflow-api-tests;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
public @interface ApiTest {}
