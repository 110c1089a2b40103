package io.qunflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Qunflow: the rule-engine-driven SOP orchestrator for private-domain customer communities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QunflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(QunflowApplication.class, args);
    }
}
