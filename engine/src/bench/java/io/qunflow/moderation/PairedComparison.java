package io.qunflow.moderation;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the moderation benchmarks compared in one JVM, for a change too small for JMH on a
 * shared, noisy machine: each build is loaded by a class loader of its own, both are warmed, then
 * short rounds of each alternate and the CPU time per operation of every pair is compared. A
 * neighbour's load, a hyperthread sibling or a slow minute hits both builds of a pair alike, so
 * the median of the per-pair ratios moves far less than two JMH runs do (docs/benchmarks.md).
 *
 * <p>Arguments: lines per message (1 or 4), the benchmark ({@code pipeline}, {@code
 * pipelineSpamOnly}, {@code screener}, {@code sensitiveWord}), then the class path of build A and
 * of build B (each its classes and test classes, then the dependencies).
 */
public final class PairedComparison {

    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 24;
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final long ROUND_NANOS = 500_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static volatile Object sink;

    private PairedComparison() {}

    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[0]);
        String benchmark = args[1];
        Build a = Build.load(args[2], lines, benchmark);
        Build b = Build.load(args[3], lines, benchmark);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            a.nanosPerOperation(WARM_UP_NANOS);
            b.nanosPerOperation(WARM_UP_NANOS);
        }
        double[] nanosA = new double[ROUNDS];
        double[] nanosB = new double[ROUNDS];
        double[] ratios = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            // Which build goes first alternates, so neither always runs right after a collection.
            if (round % 2 == 0) {
                nanosA[round] = a.nanosPerOperation(ROUND_NANOS);
                nanosB[round] = b.nanosPerOperation(ROUND_NANOS);
            } else {
                nanosB[round] = b.nanosPerOperation(ROUND_NANOS);
                nanosA[round] = a.nanosPerOperation(ROUND_NANOS);
            }
            ratios[round] = nanosB[round] / nanosA[round];
        }
        Arrays.sort(nanosA);
        Arrays.sort(nanosB);
        Arrays.sort(ratios);
        System.out.printf(
                "%s, %d line(s): A %.0f ns, B %.0f ns of CPU per operation (medians); B/A %.3f, middle half %.3f–%.3f%n",
                benchmark,
                lines,
                nanosA[ROUNDS / 2],
                nanosB[ROUNDS / 2],
                ratios[ROUNDS / 2],
                ratios[ROUNDS / 4],
                ratios[3 * ROUNDS / 4]);
    }

    /** One build's benchmark object, set up, with the method measured. */
    private record Build(Object state, Method operation, ClassLoader loader) {

        static Build load(String classPath, int lines, String benchmark) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(File.pathSeparator)) {
                urls.add(url(entry));
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            boolean screening = benchmark.equals("screener") || benchmark.equals("sensitiveWord");
            // By name: this class is loaded without the benchmarks' dependencies.
            Class<?> type = loader.loadClass(
                    screening
                            ? "io.qunflow.moderation.ScreenerBenchmark"
                            : "io.qunflow.moderation.ModerationPipelineBenchmark");
            Thread.currentThread().setContextClassLoader(loader);
            Object state = type.getConstructor().newInstance();
            type.getField("linesPerMessage").setInt(state, lines);
            type.getMethod("setUp").invoke(state);
            return new Build(state, type.getMethod(benchmark), loader);
        }

        private static URL url(String entry) {
            try {
                return new File(entry).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(entry, e);
            }
        }

        double nanosPerOperation(long forNanos) throws Exception {
            // Drools looks its services up through the context class loader.
            Thread.currentThread().setContextClassLoader(loader);
            long start = THREADS.getCurrentThreadCpuTime();
            long operations = 0;
            while (THREADS.getCurrentThreadCpuTime() - start < forNanos) {
                for (int i = 0; i < 200; i++) {
                    sink = operation.invoke(state);
                }
                operations += 200;
            }
            return (THREADS.getCurrentThreadCpuTime() - start) / (double) operations;
        }
    }
}
