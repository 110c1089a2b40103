package io.qunflow.common;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.time.Duration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The thread pools of background work (pollers, webhook sends, backtests, the demo load): Spring's
 * pools, each named, measured and stopped gracefully. Their threads, queue and completed tasks
 * show as {@code executor.*} with the tag {@code name} in the metrics (the Prometheus scrape), and
 * on shutdown the tasks under way get up to {@value #GRACE_SECONDS} seconds to finish; rounds
 * waiting for their time do not start. They are not beans, so Spring's
 * own scheduler for {@code @Scheduled} stays the one Spring Boot configures; each owner shuts its
 * pool down when it stops.
 */
@Component
public class BackgroundThreads {

    /** How long shutting down waits for the tasks under way to finish. */
    static final int GRACE_SECONDS = 10;

    private final MeterRegistry meters;

    public BackgroundThreads(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A pool of {@code threads} threads whose tasks wait in a queue of any length while all are busy. */
    public ThreadPoolTaskExecutor pool(String name, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setBeanName(name);
        pool.setThreadNamePrefix(name + "-");
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setDaemon(true);
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(GRACE_SECONDS);
        pool.initialize();
        new ExecutorServiceMetrics(pool.getThreadPoolExecutor(), name, Tags.empty()).bindTo(meters);
        return pool;
    }

    /** Rounds of {@code round} every {@code interval} on a thread of their own, once started. */
    public PeriodicRounds rounds(String name, Duration interval, Runnable round) {
        return new PeriodicRounds(scheduler(name), interval, round);
    }

    private ThreadPoolTaskScheduler scheduler(String name) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setBeanName(name);
        scheduler.setThreadNamePrefix(name + "-");
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(GRACE_SECONDS);
        scheduler.initialize();
        new ExecutorServiceMetrics(scheduler.getScheduledThreadPoolExecutor(), name, Tags.empty()).bindTo(meters);
        return scheduler;
    }
}
