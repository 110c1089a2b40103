package io.qunflow.rules;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Thresholds for compliance: list, read with history, change with a reason. */
@RestController
@RequestMapping("/api/v1/parameters")
class ParameterController {

    private final RuleParameters parameters;

    ParameterController(RuleParameters parameters) {
        this.parameters = parameters;
    }

    @GetMapping
    List<ParameterView> list() {
        return parameters.all();
    }

    record ParameterWithHistory(ParameterView parameter, List<ParameterChange> history) {}

    @GetMapping("/{name}")
    ParameterWithHistory get(@PathVariable String name) {
        return new ParameterWithHistory(parameters.get(name), parameters.history(name));
    }

    record Change(String value, String comment) {}

    @PutMapping("/{name}")
    ParameterView change(@PathVariable String name, @RequestBody Change change, Principal who) {
        return parameters.change(name, change.value(), who.getName(), change.comment());
    }
}
