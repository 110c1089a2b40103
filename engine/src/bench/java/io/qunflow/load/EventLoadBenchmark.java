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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness: starts the application as a server process of its own (H2 by default, or
 * PostgreSQL given a JDBC URL), drives events through HTTP one by one (8 concurrent clients)
 * and in batches of 1000, and reports events/s, p50/p99 latency and the server's resident memory
 * (VmRSS / VmHWM from /proc). Results are appended to {@code target/bench/load-results.md}.
 *
 * <pre>
 * ./mvnw -B -pl engine -am -Pbench -Dskip.ui verify -Dbench.load.skip=false -Dbench.layering.skip=true \
 *   [-Dbench.load.args="--seconds 30 --xmx 384m --gc-log FILE --heap grow|fixed --jdbc jdbc:postgresql://localhost:5432/qunflow --user u --password p
 *   --db-pid POSTMASTER_PID --nmt true --cold-starts target/qunflow.jar"]
 * </pre>
 *
 * <p>With {@code --cold-starts JAR} it first starts the packaged jar three times as the README does
 * ({@link ColdStartBenchmark}), so one run prints every figure of issue 20's table.
 */
public final class EventLoadBenchmark {

    private static final String[] TEXTS = {
        "大家早上好☀️", "这款面霜真的好用，回购第三次了", "请问敏感肌可以用吗？", "打卡第7天💪", "晒单：刚收到的精华液",
        "有没有拼团的姐妹", "加微信 wx13800138000 领红包", "谢谢群主分享！", "今天的直播几点开始？", "👍👍👍",
        "我也想要这个链接", "优惠券怎么领呀", "物流好快，昨天下单今天就到了", "求推荐适合油皮的防晒", "哈哈哈笑死我了"
    };

    private final Map<String, String> options;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String base;
    private String key;
    private Process server;
    private Path serverLog;
    private final AtomicLong eventCounter = new AtomicLong();
    private final List<String> report = new ArrayList<>();
    private volatile long peakRssKb;
    private List<ColdStartBenchmark.Start> coldStarts = List.of();

    private EventLoadBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "seconds",
                "20",
                "warmup",
                "60",
                "threads",
                "8",
                "batch-threads",
                "2",
                "groups",
                "40",
                "members",
                "200",
                "xmx",
                "384m",
                "heap",
                "fixed",
                "out",
                "target/bench"));
        String classpath = args[0];
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            rest.addAll(Arrays.asList(args[i].trim().split("\\s+")));
        }
        for (int i = 0; i + 1 < rest.size(); i += 2) {
            options.put(rest.get(i).replaceFirst("^--", ""), rest.get(i + 1));
        }
        new EventLoadBenchmark(options).run(classpath);
    }

    private void run(String classpath) throws Exception {
        if (options.containsKey("cold-starts")) {
            coldStarts = coldStarts(Path.of(options.get("cold-starts")));
        }
        startServer(classpath);
        try {
            Thread sampler = new Thread(this::sampleRss, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            int groups = Integer.parseInt(options.get("groups"));
            int members = Integer.parseInt(options.get("members"));
            line(
                    "- server: `java %s`, database %s, load average before: %s",
                    String.join(" ", heapFlags()),
                    options.containsKey("jdbc") ? "PostgreSQL" : "H2 (file)",
                    loadAverage());
            line("- RSS after start: %d MB", rssKb() / 1024);
            for (int g = 0; g < groups; g++) {
                send(
                        "/api/v1/groups",
                        "{\"id\":\"bench-" + g + "\",\"name\":\"压测群" + g
                                + "\",\"intro\":\"load\",\"type\":\"CONTENT\"}",
                        201);
            }
            // Members join through batches, which also warms the server up.
            List<String> joins = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                for (int m = 0; m < members; m++) {
                    joins.add(event("bench-" + g, "MEMBER_JOINED", "u" + m, "{\"nickname\":\"会员" + m + "\"}"));
                }
            }
            for (int i = 0; i < joins.size(); i += 1000) {
                send(
                        "/api/v1/events:batch",
                        "{\"events\":[" + String.join(",", joins.subList(i, Math.min(joins.size(), i + 1000))) + "]}",
                        200);
            }
            int warmup = Integer.parseInt(options.get("warmup"));
            int seconds = Integer.parseInt(options.get("seconds"));
            int threads = Integer.parseInt(options.get("threads"));
            single(threads, warmup, groups, members, false);
            baselineRate = baseline(threads, seconds);
            single(threads, seconds, groups, members, true);
            batches(Integer.parseInt(options.get("batch-threads")), warmup, groups, members, false);
            batches(Integer.parseInt(options.get("batch-threads")), seconds, groups, members, true);
            line(
                    "- peak RSS (VmHWM): %d MB; load average after: %s; unexpected answers: %d %s",
                    hwmKb() / 1024, loadAverage(), errors.get(), lastError);
            line(
                    "- group transactions of batches that failed and were applied again event by event: %d",
                    groupsAppliedAlone());
            figures();
            if (options.containsKey("nmt")) {
                nativeMemory();
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out);
        String text = "\n### " + OffsetDateTime.now(ZoneOffset.UTC) + "\n" + String.join("\n", report) + "\n";
        Files.writeString(
                out.resolve("load-results.md"),
                text,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.println(text);
    }

    /** Calls/s of the baseline, measured in the same server just before the single events. */
    private double baselineRate;

    /** The measured phases, for the table of the figures the targets are set on. */
    private Phase singlePhase;

    private Phase batchPhase;

    /**
     * The figures of issue 20's table from this run, each beside its goal: single and batched
     * rates as ratios of this run's baseline, server CPU per batched event, peak resident memory.
     */
    /** Three cold starts of the packaged jar, before the load server starts, each reported as it ends. */
    private List<ColdStartBenchmark.Start> coldStarts(Path jar) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package the application first");
        }
        ColdStartBenchmark starter = new ColdStartBenchmark();
        List<ColdStartBenchmark.Start> starts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ColdStartBenchmark.Start start = starter.coldStart(jar);
            line(
                    "- cold start %d of `java -jar %s`: ready in %.1f s (%.1f s of CPU), idle RSS %d MB, load average %s",
                    i, jar.getFileName(), start.readySeconds(), start.cpuSeconds(), start.idleRssMb(), start.load());
            starts.add(start);
        }
        return starts;
    }

    private void figures() {
        line("");
        line("| figure | this run | goal |");
        line("|---|---:|---:|");
        if (!coldStarts.isEmpty()) {
            line(
                    "| start to ready, `java -jar` (median of 3 cold starts) | %.1f s | ≤ 10 s |",
                    ColdStartBenchmark.median(coldStarts.stream()
                            .map(ColdStartBenchmark.Start::readySeconds)
                            .toList()));
            line(
                    "| resident memory idle after `java -jar` (median of 3, 10 s after ready) | %d MB | ≤ 400 MB |",
                    Math.round(ColdStartBenchmark.median(
                            coldStarts.stream().map(s -> (double) s.idleRssMb()).toList())));
        }
        line(
                "| single events/s as a share of the baseline's calls/s | %.2f | ≥ 0.5 |",
                singlePhase.rate(1) / baselineRate);
        line(
                "| batched events/s (batches of %d) as a multiple of the baseline's calls/s | %.2f | ≥ 2 |",
                BATCH, batchPhase.rate(BATCH) / baselineRate);
        line(
                "| server CPU per batched event (without the JIT compiler threads) | %.3f ms (%.3f ms) | ≤ 0.05 ms |",
                batchPhase.cpuMillis(BATCH), batchPhase.cpuMillisWithoutJit(BATCH));
        if (options.containsKey("db-pid")) {
            line(
                    "| (PostgreSQL's own CPU per batched event, not in the goal) | %.3f ms | |",
                    batchPhase.databaseCpuMillis(BATCH));
        }
        line("| peak resident memory under the harness (VmHWM) | %d MB | ≤ 512 MB |", hwmKb() / 1024);
    }

    private static final Pattern NMT_PART = Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");

    /**
     * {@code --nmt true}: the server's committed memory by the JVM's own accounting (Native Memory
     * Tracking, {@code jcmd VM.native_memory summary}) after the batches, each part over 1 MB, so
     * a peak RSS can be read as heap, metaspace, compiled code, threads and the rest.
     */
    private void nativeMemory() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(server.pid()), "VM.native_memory", "summary")
                .redirectErrorStream(true)
                .start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        line("");
        line("| part (Native Memory Tracking, after the batches) | committed MB |");
        line("|---|---:|");
        for (String row : text.split("\n")) {
            Matcher part = NMT_PART.matcher(row.trim());
            if (part.find() && Long.parseLong(part.group(3)) >= 1024) {
                line("| %s | %d |", part.group(1), Long.parseLong(part.group(3)) / 1024);
            }
        }
        for (String row : text.split("\n")) {
            if (row.trim().startsWith("Total:")) {
                line("| %s | |", row.trim());
            }
        }
    }

    /**
     * CPU seconds the database server has used ({@code --db-pid}: PostgreSQL's postmaster, whose
     * children are the backends serving the connections), for runs against PostgreSQL, where the
     * database's work is not in the server's figures; 0 without it.
     */
    private double databaseCpu() {
        if (!options.containsKey("db-pid")) {
            return 0;
        }
        String postmaster = options.get("db-pid");
        double total = cpuSeconds(Path.of("/proc/" + postmaster + "/stat"));
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.toList()) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (fields[1].equals(postmaster)) {
                        total += cpuSeconds(process.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }

    /**
     * What a phase measured: each call's latency (sorted), the wall time, the server's CPU and the
     * database's (PostgreSQL given {@code --db-pid}; 0 otherwise, H2 runs inside the server).
     */
    private record Phase(long[] latencies, double seconds, Cpu cpu, double databaseCpu) {

        double databaseCpuMillis(int eventsPerCall) {
            return databaseCpu * 1000 / (latencies.length * (double) eventsPerCall);
        }

        double rate(int eventsPerCall) {
            return latencies.length * (double) eventsPerCall / seconds;
        }

        double cpuMillis(int eventsPerCall) {
            return cpu.total() * 1000 / (latencies.length * (double) eventsPerCall);
        }

        double cpuMillisWithoutJit(int eventsPerCall) {
            return cpu.withoutJit() * 1000 / (latencies.length * (double) eventsPerCall);
        }
    }

    /** One client's call: given the client's own random source, it makes one request. */
    private interface Call {
        void make(Random random);
    }

    /** Runs {@code threads} clients making calls back to back for {@code seconds}. */
    private Phase drive(int threads, int seconds, long seed, Call call) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        Cpu before = serverCpu();
        double databaseBefore = databaseCpu();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(seed + t);
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 12];
                int n = 0;
                while (System.nanoTime() < until) {
                    long t0 = System.nanoTime();
                    call.make(random);
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = collect(results);
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(all);
        return new Phase(all, elapsed, serverCpu().minus(before), databaseCpu() - databaseBefore);
    }

    /**
     * The floor under every event call, in the same server: an authenticated GET of the caller's
     * own identity (Tomcat, the security chain, JSON out, no database), by the same clients.
     */
    private double baseline(int threads, int seconds) throws Exception {
        Phase p = drive(threads, seconds, 0, random -> get("/api/v1/me"));
        line(
                "- baseline (GET /api/v1/me, %d clients, %d s): **%.0f calls/s**, p50 %.1f ms, p99 %.1f ms;"
                        + " server CPU %.3f ms/call (%.3f without the JIT compiler threads)",
                threads,
                seconds,
                p.rate(1),
                pct(p.latencies(), 0.50),
                pct(p.latencies(), 0.99),
                p.cpuMillis(1),
                p.cpuMillisWithoutJit(1));
        return p.rate(1);
    }

    private void get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + key)
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                lastError = path + " answered " + response.statusCode();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void single(int threads, int seconds, int groups, int members, boolean measure) throws Exception {
        Phase p = drive(threads, seconds, 0, random -> {
            String group = "bench-" + random.nextInt(groups);
            send("/api/v1/groups/" + group + "/events", randomEvent(random, group, members), 200);
        });
        if (measure) {
            singlePhase = p;
            line(
                    "- single events, %d clients, %d s: **%.0f events/s** (%.2f of the baseline's calls/s), p50 %.1f ms,"
                            + " p99 %.1f ms (%d events); server CPU %.3f ms/event (%.3f without the JIT compiler"
                            + " threads); RSS %d MB; load %s",
                    threads,
                    seconds,
                    p.rate(1),
                    p.rate(1) / baselineRate,
                    pct(p.latencies(), 0.50),
                    pct(p.latencies(), 0.99),
                    p.latencies().length,
                    p.cpuMillis(1),
                    p.cpuMillisWithoutJit(1),
                    rssKb() / 1024,
                    loadAverage());
        }
    }

    private void batches(int threads, int seconds, int groups, int members, boolean measure) throws Exception {
        Phase p = drive(threads, seconds, 1000, random -> {
            StringBuilder body = new StringBuilder("{\"events\":[");
            for (int i = 0; i < BATCH; i++) {
                String group = "bench-" + random.nextInt(groups);
                String e = randomEvent(random, group, members);
                body.append(i == 0 ? "" : ",")
                        .append("{\"groupId\":\"")
                        .append(group)
                        .append("\",")
                        .append(e.substring(1));
            }
            send("/api/v1/events:batch", body.append("]}").toString(), 200);
        });
        if (measure) {
            batchPhase = p;
            line(
                    "- batches of %d, %d clients, %d s: **%.0f events/s** (%.2f of the baseline's calls/s), per batch"
                            + " p50 %.0f ms, p99 %.0f ms (%d batches); server CPU %.3f ms/event (%.3f without the JIT"
                            + " compiler threads)%s; RSS %d MB; load %s",
                    BATCH,
                    threads,
                    seconds,
                    p.rate(BATCH),
                    p.rate(BATCH) / baselineRate,
                    pct(p.latencies(), 0.50),
                    pct(p.latencies(), 0.99),
                    p.latencies().length,
                    p.cpuMillis(BATCH),
                    p.cpuMillisWithoutJit(BATCH),
                    options.containsKey("db-pid")
                            ? String.format("; PostgreSQL's CPU %.3f ms/event", p.databaseCpuMillis(BATCH))
                            : "",
                    rssKb() / 1024,
                    loadAverage());
        }
    }

    private static final int BATCH = 1000;

    /** The mix a busy group sends: mostly chat, some check-ins, reactions, orders and clicks. */
    private String randomEvent(Random random, String group, int members) {
        String member = "u" + random.nextInt(members);
        int kind = random.nextInt(100);
        if (kind < 70) {
            return event(group, "MESSAGE_POSTED", member, "{\"text\":\"" + TEXTS[random.nextInt(TEXTS.length)] + "\"}");
        } else if (kind < 80) {
            return event(group, "CHECKED_IN", member, "{}");
        } else if (kind < 90) {
            return event(group, "REACTION_GIVEN", member, "{\"targetMemberId\":\"u" + random.nextInt(members) + "\"}");
        } else if (kind < 95) {
            return event(
                    group,
                    "ORDER_PAID",
                    member,
                    "{\"amountCents\":" + (990 + random.nextInt(20000)) + ",\"orderId\":\"o" + eventCounter.get()
                            + "\"}");
        }
        return event(group, "LINK_CLICKED", member, "{\"url\":\"https://shop.example.com/p/1\"}");
    }

    private String event(String group, String type, String member, String payload) {
        long n = eventCounter.incrementAndGet();
        // Event times advance with the count, so per-member flood windows see a realistic pace.
        String at = Instant.parse("2026-11-23T00:00:00Z")
                .plusMillis(n * 50)
                .atOffset(ZoneOffset.ofHours(8))
                .toString();
        return "{\"eventId\":\"ev-" + n + "\",\"type\":\"" + type + "\",\"memberId\":\"" + member + "\",\"at\":\"" + at
                + "\",\"payload\":" + payload + "}";
    }

    private final AtomicLong errors = new AtomicLong();
    private volatile String lastError = "";

    /** Sends one call; an unexpected answer is counted and reported, not fatal, as under real load. */
    private void send(String path, String body, int expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                errors.incrementAndGet();
                lastError = path + " answered " + response.statusCode() + ": "
                        + response.body()
                                .substring(0, Math.min(300, response.body().length()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code --heap fixed} (the default, as issue 20's figures were taken): the whole heap committed
     * from the start with the serial collector; {@code --heap grow}: only the maximum, the JVM's
     * own collector (G1) and Qunflow's heap trim, as a server started like the README's is.
     */
    private List<String> heapFlags() {
        String xmx = "-Xmx" + options.get("xmx");
        return switch (options.get("heap")) {
            case "grow" -> List.of(xmx);
            case "fixed" -> List.of("-Xms" + options.get("xmx"), xmx, "-XX:+UseSerialGC");
            default -> throw new IllegalArgumentException("--heap is grow or fixed, not " + options.get("heap"));
        };
    }

    /**
     * How often a group of a batch fell back to one event at a time (a deadlock or a lost race with
     * the other client), counted from the warning {@code events.EventBatches} logs each time.
     */
    private long groupsAppliedAlone() throws IOException {
        try (var lines = Files.lines(serverLog)) {
            return lines.filter(l -> l.contains("applying them one by one")).count();
        }
    }

    private void startServer(String classpath) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Path data = Files.createTempDirectory("qunflow-load");
        List<String> command = new ArrayList<>(List.of(
                "java",
                "-XX:MaxMetaspaceSize=256m",
                "-XX:ReservedCodeCacheSize=128m",
                "-Xss512k",
                "-Dfile.encoding=UTF-8",
                "-cp",
                classpath,
                "io.qunflow.QunflowApplication",
                "--server.port=" + port,
                "--qunflow.data-dir=" + data,
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN",
                "--server.tomcat.threads.max=64"));
        command.addAll(1, heapFlags());
        if (options.containsKey("server-arg")) {
            // One more setting for the server, e.g. a database URL with other cache settings.
            command.add(options.get("server-arg"));
        }
        if (options.containsKey("nmt")) {
            // What the resident memory is made of, read with jcmd once the batches are done.
            command.add(1, "-XX:NativeMemoryTracking=summary");
        }
        if (options.containsKey("gc-log")) {
            // What each collection left: whether the old generation fills and how fast (peak memory).
            command.add(1, "-Xlog:gc*:file=" + options.get("gc-log"));
        }
        if (options.containsKey("jfr")) {
            // A flight recording of the server, for finding where its CPU goes (jfr print / JMC).
            command.add(1, "-XX:StartFlightRecording=filename=" + options.get("jfr") + ",settings=profile");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile());
        if (options.containsKey("jdbc")) {
            // Production keys need 24 characters or more.
            key = "qf_bench_key_" + System.nanoTime();
            command.add("--spring.profiles.active=postgres");
            builder.command(command);
            builder.environment().put("SPRING_DATASOURCE_URL", options.get("jdbc"));
            builder.environment().put("SPRING_DATASOURCE_USERNAME", options.getOrDefault("user", "qunflow"));
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", options.getOrDefault("password", ""));
            builder.environment().put("QUNFLOW_ADMIN_PASSWORD", "bench-" + System.nanoTime());
            builder.environment().put("QUNFLOW_API_KEY", key);
        } else {
            key = "qf_dev_key";
        }
        server = builder.start();
        serverLog = data.resolve("server.log");
        System.out.println("Server log: " + serverLog);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The server stopped; see " + data.resolve("server.log"));
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not become ready in 5 minutes");
    }

    private void sampleRss() {
        while (server.isAlive()) {
            peakRssKb = Math.max(peakRssKb, rssKb());
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** CPU seconds the server has used, in all and in its JIT compiler threads. */
    private record Cpu(double total, double jit) {

        Cpu minus(Cpu earlier) {
            return new Cpu(total - earlier.total, jit - earlier.jit);
        }

        /** What the server's own work cost: a JIT still compiling after the warm-up is left out. */
        double withoutJit() {
            return total - jit;
        }
    }

    /**
     * CPU time the server has used (user + system, from /proc), in all and in the compiler threads:
     * on a shared machine, events per CPU-second says more about the code than events per
     * wall-clock second.
     */
    private Cpu serverCpu() {
        double total = cpuSeconds(Path.of("/proc/" + server.pid() + "/stat"));
        double jit = 0;
        try (var tasks = Files.list(Path.of("/proc/" + server.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                String name = Files.readString(task.resolve("comm")).trim();
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    jit += cpuSeconds(task.resolve("stat"));
                }
            }
        } catch (IOException gone) {
            return new Cpu(total, 0);
        }
        return new Cpu(total, jit);
    }

    private static double cpuSeconds(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private long rssKb() {
        return procStatus("VmRSS:");
    }

    private long hwmKb() {
        return Math.max(peakRssKb, procStatus("VmHWM:"));
    }

    private long procStatus(String field) {
        try {
            for (String row : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
                if (row.startsWith(field)) {
                    return Long.parseLong(row.replaceAll("\\D", ""));
                }
            }
        } catch (IOException gone) {
            return 0;
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long[] collect(List<Future<long[]>> results) throws Exception {
        List<long[]> parts = new ArrayList<>();
        int total = 0;
        for (Future<long[]> f : results) {
            long[] part = f.get();
            parts.add(part);
            total += part.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println(text);
    }
}
