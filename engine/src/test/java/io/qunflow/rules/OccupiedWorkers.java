package io.qunflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Every shared evaluation thread held, as long evaluations would hold them, until closed. */
final class OccupiedWorkers implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService occupiers;

    private OccupiedWorkers() throws InterruptedException {
        int workers = EvaluationWorkers.SHARED.size();
        CountDownLatch running = new CountDownLatch(workers);
        occupiers = Executors.newFixedThreadPool(workers);
        for (int i = 0; i < workers; i++) {
            occupiers.submit(
                    () -> EvaluationWorkers.SHARED.run(new Occupying(running, release), Duration.ofMinutes(1)));
        }
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Returns once every evaluation thread is held. */
    static OccupiedWorkers all() throws InterruptedException {
        return new OccupiedWorkers();
    }

    @Override
    public void close() {
        release.countDown();
        occupiers.shutdown();
    }

    private record Occupying(CountDownLatch running, CountDownLatch release) implements EvaluationWorkers.Task<Void> {

        @Override
        public Void run() {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }

        @Override
        public void stop() {}

        @Override
        public void finish(boolean kept) {}
    }
}
