package io.qunflow.workflow;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The phases the deployed lifecycles declare, for the UI's filters and the parameter screen. */
@RestController
class PhaseController {

    private final PhaseCatalog phases;

    PhaseController(PhaseCatalog phases) {
        this.phases = phases;
    }

    @GetMapping("/api/v1/phases")
    List<PhaseCatalog.PhaseView> phases() {
        return phases.phases();
    }
}
