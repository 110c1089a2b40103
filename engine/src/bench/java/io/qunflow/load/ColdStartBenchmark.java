package io.qunflow.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cold starts as a user makes them: {@code java -jar engine/target/qunflow.jar} with no flags, an
 * empty data directory each time (so the schema, the seeds and the demo community are all made),
 * timed from the process start to the first answer of a public endpoint; then the resident memory
 * after ten idle seconds. Prints each start and the medians, and appends them to
 * {@code target/bench/cold-starts.md}.
 *
 * <pre>
 * ./mvnw -B -pl engine -am -Pbench -Dskip.ui verify -Dbench.layering.skip=true -Dbench.coldstart.skip=false
 * </pre>
 */
public final class ColdStartBenchmark {

    private static final Duration IDLE = Duration.ofSeconds(10);
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    record Start(double readySeconds, double cpuSeconds, long idleRssMb, String load) {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int starts = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the application first");
        }
        ColdStartBenchmark benchmark = new ColdStartBenchmark();
        List<Start> results = new ArrayList<>();
        for (int i = 1; i <= starts; i++) {
            Start start = benchmark.coldStart(jar);
            System.out.printf(
                    "cold start %d: ready in %.1f s (%.1f s of CPU), idle RSS %d MB, load average %s%n",
                    i, start.readySeconds(), start.cpuSeconds(), start.idleRssMb(), start.load());
            results.add(start);
        }
        String summary = String.format(
                "| %s | %d | %.1f s | %.1f s | %d MB | %s |%n",
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0),
                starts,
                median(results.stream().map(Start::readySeconds).toList()),
                median(results.stream().map(Start::cpuSeconds).toList()),
                Math.round(
                        median(results.stream().map(s -> (double) s.idleRssMb()).toList())),
                String.join(" / ", results.stream().map(Start::load).toList()));
        System.out.print("median: " + summary);
        Files.createDirectories(out);
        Path file = out.resolve("cold-starts.md");
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    "| when | starts | ready (median) | CPU to ready | idle RSS | load average |\n"
                            + "|---|---:|---:|---:|---:|---|\n");
        }
        Files.writeString(file, summary, StandardOpenOption.APPEND);
    }

    Start coldStart(Path jar) throws Exception {
        Path data = Files.createTempDirectory("qunflow-cold-start");
        int port = freePort();
        Path log = data.resolve("server.log");
        long started = System.nanoTime();
        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--server.port=" + port,
                        "--qunflow.data-dir=" + data.resolve("data"))
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            waitUntilAnswering(server, port, log);
            double ready = (System.nanoTime() - started) / 1e9;
            double cpu = cpuSeconds(server.pid());
            Thread.sleep(IDLE.toMillis());
            return new Start(ready, cpu, rssMb(server.pid()), loadAverage());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private void waitUntilAnswering(Process server, int port, Path log) throws Exception {
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sign-in/options"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server stopped while starting; its log is " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server did not answer within " + GIVE_UP + "; its log is " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static long rssMb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                        .findFirst()
                        .orElseThrow()
                / 1024;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
