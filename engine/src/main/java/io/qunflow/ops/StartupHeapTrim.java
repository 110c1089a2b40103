package io.qunflow.ops;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives back the memory start-up used and no longer needs. Started without heap flags, the JVM
 * sizes its heap from the machine's memory (a quarter of it at most, a sixty-fourth to begin
 * with), and start-up's garbage — parsed XML, compiled expressions, class-loading buffers — leaves
 * hundreds of megabytes committed that an idle server never touches again. Once ready, one full
 * collection with a tight free-space ratio lets G1 uncommit them. The ratio stays tight, and G1
 * runs a concurrent collection when it has not collected for {@code qunflow.memory.idle-collection}
 * (15 s; only when idle, since a busy server collects far more often), so what a busy spell took is
 * given back too. G1 sizes a busy heap by the time it spends collecting, not by these ratios, so
 * under load the heap still grows as it needs. Off with {@code qunflow.memory.trim-after-start=false}.
 */
@Component
class StartupHeapTrim {

    private static final Logger log = LoggerFactory.getLogger(StartupHeapTrim.class);
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final String PERIODIC = "G1PeriodicGCInterval";

    private final boolean enabled;
    private final Duration idleCollection;

    StartupHeapTrim(
            @Value("${qunflow.memory.trim-after-start:true}") boolean enabled,
            @Value("${qunflow.memory.idle-collection:PT15S}") Duration idleCollection) {
        this.enabled = enabled;
        this.idleCollection = idleCollection;
    }

    @EventListener
    void trim(ApplicationReadyEvent ready) {
        if (!enabled || !runsOnG1(collectorNames())) {
            return;
        }
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        long committedBefore = heap().getCommitted();
        try {
            // Lower the minimum first: the JVM refuses a maximum below the minimum.
            vm.setVMOption(MIN_FREE, "10");
            vm.setVMOption(MAX_FREE, "30");
            if ("0".equals(vm.getVMOption(PERIODIC).getValue())) {
                vm.setVMOption(PERIODIC, Long.toString(idleCollection.toMillis()));
            }
        } catch (IllegalArgumentException notManageable) {
            log.debug("Heap not trimmed after start-up: {}", notManageable.getMessage());
            return;
        }
        System.gc();
        MemoryUsage after = heap();
        log.info(
                "Heap trimmed after start-up: {} MB committed (was {} MB), {} MB in use",
                after.getCommitted() >> 20,
                committedBefore >> 20,
                after.getUsed() >> 20);
    }

    /**
     * Only G1, the collector a JVM without flags picks on a server, gives memory back after a full
     * collection this way; a chosen collector comes with chosen heap sizes.
     */
    static boolean runsOnG1(List<String> collectors) {
        return collectors.stream().anyMatch(name -> name.startsWith("G1 "));
    }

    private static List<String> collectorNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .toList();
    }

    private static MemoryUsage heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }
}
