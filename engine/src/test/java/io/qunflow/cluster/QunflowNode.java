package io.qunflow.cluster;

import static org.awaitility.Awaitility.await;

import io.qunflow.ApiClient;
import io.qunflow.PostgresCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Qunflow node in a JVM of its own (the test classpath, the real main class), under the
 * production {@code postgres} profile on a shared PostgreSQL, configured the way an operator would:
 * environment variables for the database and the first credentials. The Camunda job executor is
 * on, with short lifecycle timers and a short job lock, so a dead node's jobs come back quickly.
 */
final class QunflowNode implements AutoCloseable {

    static final String API_KEY = "qf_cluster_test_key_0123456789abcdef";
    private static final String ADMIN_PASSWORD = "cluster-admin-password";

    private final String name;
    private final int port;
    private final Process process;

    private QunflowNode(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts a node and waits until it answers API calls. */
    static QunflowNode start(String name, PostgresCluster postgres, Path logs, Map<String, String> settings) {
        try {
            int port = PostgresCluster.freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "-Xss512k",
                    "-Dfile.encoding=UTF-8",
                    "-cp",
                    classpath(),
                    "io.qunflow.QunflowApplication",
                    "--server.port=" + port,
                    "--spring.profiles.active=postgres",
                    "--camunda.bpm.job-execution.enabled=true",
                    "--camunda.bpm.job-execution.lock-time-in-millis=4000",
                    "--camunda.bpm.job-execution.max-wait=1000",
                    "--logging.level.root=WARN",
                    "--logging.level.org.camunda.bpm.engine.jobexecutor=ERROR"));
            settings.forEach((key, value) -> command.add("--" + key + "=" + value));
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            logs.resolve(name + ".log").toFile()));
            builder.environment().put("SPRING_DATASOURCE_URL", postgres.jdbcUrl("qunflow"));
            builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
            builder.environment().put("QUNFLOW_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("QUNFLOW_API_KEY", API_KEY);
            QunflowNode node = new QunflowNode(name, port, builder.start());
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(250))
                    .until(node::ready);
            return node;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("Node " + name + " exited with " + process.exitValue()
                    + " while starting; see its log under target/cluster-logs");
        }
        try {
            return client().get("/api/v1/me").status() == 200;
        } catch (IllegalStateException refused) {
            return false;
        }
    }

    ApiClient client() {
        return ApiClient.withKey(port, API_KEY);
    }

    /** The user the node bootstrapped, by HTTP Basic. */
    ApiClient admin() {
        return ApiClient.asUser(port, "admin", ADMIN_PASSWORD);
    }

    int port() {
        return port;
    }

    String base() {
        return "http://localhost:" + port;
    }

    static String adminPassword() {
        return ADMIN_PASSWORD;
    }

    String name() {
        return name;
    }

    /** {@code kill -9}: no shutdown hook, no connection closed politely, no transaction finished. */
    void kill() {
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(process.pid()))
                    .inheritIO()
                    .start();
            kill.waitFor(10, TimeUnit.SECONDS);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Node " + name + " survived kill -9");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The classpath this test runs on (surefire names it apart from its own booter jar). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    static Path logDirectory() {
        return Path.of("target", "cluster-logs").toAbsolutePath();
    }
}
