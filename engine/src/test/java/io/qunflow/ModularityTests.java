package io.qunflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(QunflowApplication.class);

    @Test
    void modules_respectTheirBoundaries() {
        modules.verify();
    }
}
