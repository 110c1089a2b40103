package io.qunflow.rules;

import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Required;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    record ParameterWithHistory(ParameterView parameter, List<ParameterChange> history, List<ParameterScope> scopes) {}

    @GetMapping("/{name}")
    ParameterWithHistory get(@PathVariable String name) {
        return new ParameterWithHistory(parameters.get(name), parameters.history(name), parameters.scopes(name));
    }

    /** Which phase and type the value is for is checked by {@link RuleParameters#scope}, with the value's bounds. */
    @RequestSubject(value = "The scoped parameter", zh = "按范围设置的参数")
    record ScopedValue(
            String phase,
            String groupType,
            @Required @Text(max = 2000) String value,
            @Text(max = 2000, required = true) String comment) {}

    /** Gives the parameter a value for groups in a phase, of a type, or both. */
    @PutMapping("/{name}/scopes")
    ParameterScope scope(@PathVariable String name, @Valid @RequestBody ScopedValue scoped, Principal who) {
        return parameters.scope(
                name, scoped.phase(), scoped.groupType(), scoped.value(), who.getName(), scoped.comment());
    }

    /** Removes a scoped value: those groups read the parameter's own value again. */
    @DeleteMapping("/{name}/scopes")
    @RequestSubject(value = "The scoped parameter", zh = "按范围设置的参数")
    ResponseEntity<Void> unscope(
            @PathVariable String name,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String groupType,
            @RequestParam(required = false) @Text(max = 2000, required = true) String comment,
            Principal who) {
        parameters.unscope(name, phase, groupType, who.getName(), comment);
        return ResponseEntity.noContent().build();
    }

    /**
     * The value's kind and bounds are the parameter's, checked by {@link RuleParameters#change}: there
     * an empty value is refused, except for a host list, which an empty value clears.
     */
    @RequestSubject(value = "The parameter change", zh = "参数修改")
    record Change(
            @Required @Text(max = 2000) String value,
            @Text(max = 2000, required = true) String comment) {}

    @PutMapping("/{name}")
    ParameterView change(@PathVariable String name, @Valid @RequestBody Change change, Principal who) {
        return parameters.change(name, change.value(), who.getName(), change.comment());
    }
}
