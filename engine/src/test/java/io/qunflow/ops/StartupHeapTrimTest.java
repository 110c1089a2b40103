package io.qunflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
}
