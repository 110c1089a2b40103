package io.qunflow.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qunflow.events.EventService;
import io.qunflow.groups.GroupService;
import io.qunflow.members.MemberService;
import io.qunflow.metrics.MetricsService;
import io.qunflow.sop.SopCalendarService;
import io.qunflow.workflow.WorkflowTime;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar qunflow.jar simulate --out DIR [--groups 20] [--members 300] [--days 30] [--seed 7]}:
 * starts Qunflow on an in-memory database with a simulated clock and the job executor off, runs
 * the community day by day with a progress bar, and writes {@code DIR/summary.json} and
 * {@code DIR/report.html}. Wall-clock figures go to the console only, never into the files.
 */
public final class SimulateCommand {

    private SimulateCommand() {}

    /**
     * Runs the command with the given Spring Boot application class (the simulator does not name
     * it: the application calls the simulator, not the other way round); answers the exit code.
     */
    public static int run(Class<?> application, String... args) {
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulationOptions.USAGE);
            return 2;
        }
        try (Finished ignored = simulate(application, options, System.out)) {
            return 0;
        } catch (IOException e) {
            System.err.println("Cannot write the report: " + e.getMessage());
            return 1;
        }
    }

    /**
     * A finished run whose application still runs (on a random port) so its API can be asked
     * about the run; closing it stops the application.
     */
    record Finished(
            ConfigurableApplicationContext context,
            int port,
            ObjectNode summary,
            long eventsAccepted,
            long simulationMillis)
            implements AutoCloseable {

        @Override
        public void close() {
            context.getBean(WorkflowTime.class).useRealTime();
            context.close();
        }
    }

    static Finished simulate(Class<?> application, SimulationOptions options, PrintStream console) throws IOException {
        long bootStarted = System.nanoTime();
        Simulation.SimulatedStart start = new Simulation.SimulatedStart(options);
        SimulatedClock clock = new SimulatedClock(start.first());
        ManualScheduler duties = new ManualScheduler();
        console.println(
                "Starting Qunflow on a simulated clock (" + options.start() + ", " + options.days() + " days) …");
        // As command-line properties: they outrank application.yml, which names a file database,
        // port 8080 and a running job executor.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("simulatedClock", clock);
                    ctx.getBeanFactory().registerSingleton("taskScheduler", duties);
                })
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:qunflow-simulation-" + System.nanoTime()
                                + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=WARN",
                        "--logging.level.io.qunflow=WARN",
                        "--logging.level.org.drools=ERROR",
                        "--logging.level.org.drools.model=ERROR",
                        "--spring.main.banner-mode=off");
        try {
            long bootMillis = (System.nanoTime() - bootStarted) / 1_000_000;
            Simulation simulation = new Simulation(
                    options,
                    clock,
                    duties,
                    context.getBean(EventService.class),
                    context.getBean(GroupService.class),
                    context.getBean(MemberService.class),
                    context.getBean(SopCalendarService.class),
                    context.getBean(WorkflowTime.class));
            ProgressBar progress = new ProgressBar(console, options.days());
            long started = System.nanoTime();
            long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            AtomicLong lastEvents = new AtomicLong();
            simulation.run(day -> {
                lastEvents.set(simulation.acceptedTotal());
                progress.show(day, lastEvents.get(), (System.nanoTime() - started) / 1_000_000);
            });
            long simulationMillis = (System.nanoTime() - started) / 1_000_000;
            // The simulating thread's CPU time: a figure that holds when other work shares the machine.
            long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            progress.done();

            ObjectMapper json = context.getBean(ObjectMapper.class).copy().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode summary = Summary.of(options, simulation, context.getBean(MetricsService.class), json);
            String summaryText = json.writeValueAsString(summary) + "\n";
            Files.createDirectories(options.out());
            Files.writeString(options.out().resolve("summary.json"), summaryText, StandardCharsets.UTF_8);
            Files.writeString(
                    options.out().resolve("report.html"), ReportPage.html(summaryText), StandardCharsets.UTF_8);

            long events = simulation.acceptedTotal();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            console.printf(
                    Locale.ROOT,
                    "%,d events through the engine in %.1f s of simulation: %,.0f events/s"
                            + " (%,d workflow jobs in %,d passes; start-up %.1f s)%n",
                    events,
                    simulationMillis / 1000.0,
                    events * 1000.0 / Math.max(1, simulationMillis),
                    simulation.jobs,
                    simulation.jobPasses,
                    bootMillis / 1000.0);
            console.printf(
                    Locale.ROOT,
                    "the simulating thread used %.1f s of CPU: %,.0f events per CPU-second%n",
                    cpuMillis / 1000.0,
                    events * 1000.0 / Math.max(1, cpuMillis));
            console.println("Wrote " + options.out().resolve("summary.json") + " and "
                    + options.out().resolve("report.html"));
            return new Finished(context, port, summary, events, simulationMillis);
        } catch (IOException | RuntimeException e) {
            context.getBean(WorkflowTime.class).useRealTime();
            context.close();
            throw e;
        }
    }
}
