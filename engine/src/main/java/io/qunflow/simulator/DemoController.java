package io.qunflow.simulator;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The demo community on the embedded default: load it in the background, follow its progress. */
@RestController
class DemoController {

    private final DemoCommunity demo;

    DemoController(DemoCommunity demo) {
        this.demo = demo;
    }

    /** Starts loading; 202 with the progress so far, 409 where the demo may not or need not load. */
    @PostMapping("/api/v1/demo")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DemoCommunity.Progress load(Authentication caller) {
        return demo.start(caller.getName());
    }

    @GetMapping("/api/v1/demo")
    DemoCommunity.Progress progress() {
        return demo.progress();
    }
}
