package io.qunflow;

import io.qunflow.simulator.SimulateCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Qunflow: the rule-engine-driven SOP orchestrator for private-domain customer communities. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QunflowApplication {

    /** Runs the server; {@code simulate …} runs a simulated community instead (see {@link SimulateCommand}). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("simulate")) {
            System.exit(SimulateCommand.run(QunflowApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication application = new SpringApplication(QunflowApplication.class);
        // Records each start-up step for the start-up report (io.qunflow.startup at DEBUG); a few
        // thousand steps, a few hundred kilobytes.
        application.setApplicationStartup(new BufferingApplicationStartup(4096));
        application.run(args);
    }
}
