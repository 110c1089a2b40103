package io.qunflow;

import io.qunflow.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Requests sent at the same moment, each from a thread of its own, as a connector that retries or
 * load-balances sends them to two nodes of one database: the races a cluster must win.
 */
public final class AtOnce {

    private AtOnce() {}

    /** The replies, in the order of the requests. */
    @SafeVarargs
    public static List<Reply> send(Supplier<Reply>... requests) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(requests.length);
        try {
            CyclicBarrier together = new CyclicBarrier(requests.length);
            List<Future<Reply>> sent = new ArrayList<>();
            for (Supplier<Reply> request : requests) {
                sent.add(senders.submit(() -> {
                    together.await();
                    return request.get();
                }));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get());
            }
            return replies;
        } finally {
            senders.shutdown();
        }
    }
}
