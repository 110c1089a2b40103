package io.qunflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupHeapTrimTest {

    @Test
    void trim_onlyRunsOnG1_theCollectorOfAJvmStartedWithoutFlags() {
        assertThat(StartupHeapTrim.runsOnG1(List.of("G1 Young Generation", "G1 Old Generation")))
                .isTrue();
        assertThat(StartupHeapTrim.runsOnG1(List.of("PS Scavenge", "PS MarkSweep")))
                .isFalse();
        assertThat(StartupHeapTrim.runsOnG1(List.of("Copy", "MarkSweepCompact")))
                .isFalse();
    }

    @Test
    void trim_onTheTestsParallelCollector_leavesTheJvmsHeapSettingsAlone() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String maxFree = vm.getVMOption("MaxHeapFreeRatio").getValue();
        String periodic = vm.getVMOption("G1PeriodicGCInterval").getValue();

        new StartupHeapTrim(true, Duration.ofSeconds(15)).trim(null);

        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(maxFree);
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo(periodic);
    }
}
