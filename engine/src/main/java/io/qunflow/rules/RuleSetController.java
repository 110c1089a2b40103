package io.qunflow.rules;

import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Required;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Rule sets for compliance staff: read the active source, the history, and what each version changed. */
@RestController
@RequestMapping("/api/v1/rulesets")
class RuleSetController {

    private final RuleSets ruleSets;
    private final RuleSetShadows shadows;

    RuleSetController(RuleSets ruleSets, RuleSetShadows shadows) {
        this.ruleSets = ruleSets;
        this.shadows = shadows;
    }

    @GetMapping
    List<RuleSets.Summary> list() {
        return ruleSets.list();
    }

    @GetMapping("/{name}")
    RuleSets.Detail get(@PathVariable String name) {
        return ruleSets.get(name);
    }

    @GetMapping("/{name}/versions/{version}")
    RuleSets.Version version(@PathVariable String name, @PathVariable int version) {
        return ruleSets.version(name, version);
    }

    @RequestSubject(value = "The rule source", zh = "规则源码")
    record SourceRequest(
            @Text(max = RuleSets.MAX_SOURCE_LENGTH, required = true)
            String source) {}

    @PostMapping("/{name}/validate")
    RuleSets.Validation validate(@PathVariable String name, @Valid @RequestBody SourceRequest request) {
        return ruleSets.validate(name, request.source());
    }

    @RequestSubject(value = "The new version", zh = "新版本")
    record PublishRequest(
            @Text(max = RuleSets.MAX_SOURCE_LENGTH, required = true)
            String source,

            @Text(max = 2000, required = true) String comment) {}

    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{name}/versions")
    ResponseEntity<RuleSets.Version> publish(
            @PathVariable String name, @Valid @RequestBody PublishRequest request, Principal who) {
        return created(ruleSets.publish(name, request.source(), request.comment(), who.getName()));
    }

    @RequestSubject(value = "The rollback", zh = "回滚请求")
    record RollbackRequest(
            @Required Integer version,
            @Text(max = 2000, required = true) String comment) {}

    /** A rollback publishes the old source again as a new version, so it is created like any other. */
    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{name}/rollback")
    ResponseEntity<RuleSets.Version> rollback(
            @PathVariable String name, @Valid @RequestBody RollbackRequest request, Principal who) {
        return created(ruleSets.rollback(name, request.version(), request.comment(), who.getName()));
    }

    /** 201 with the new version's own address, where it can be read back. */
    private static ResponseEntity<RuleSets.Version> created(RuleSets.Version version) {
        return ResponseEntity.created(URI.create("/api/v1/rulesets/"
                        + UriUtils.encodePathSegment(version.name(), StandardCharsets.UTF_8)
                        + "/versions/"
                        + version.version()))
                .body(version);
    }

    @RequestSubject(value = "The shadow candidate", zh = "影子候选规则")
    record ShadowRequest(
            @Text(max = RuleSets.MAX_SOURCE_LENGTH, required = true)
            String source,

            @Text(max = 2000, required = true) String comment) {}

    @PostMapping("/{name}/shadow")
    @ResponseStatus(HttpStatus.CREATED)
    ShadowStatus startShadow(@PathVariable String name, @Valid @RequestBody ShadowRequest request, Principal who) {
        return shadows.start(name, request.source(), request.comment(), who.getName());
    }

    @GetMapping("/{name}/shadow")
    ShadowStatus shadow(@PathVariable String name) {
        return shadows.status(name);
    }

    @DeleteMapping("/{name}/shadow")
    ShadowStatus stopShadow(@PathVariable String name, Principal who) {
        return shadows.stop(name, who.getName());
    }

    @GetMapping("/{name}/shadow/disagreements")
    List<ShadowDisagreement> disagreements(@PathVariable String name, @RequestParam(defaultValue = "50") int limit) {
        return shadows.disagreements(name, limit);
    }

    @GetMapping("/{name}/incidents")
    List<RuleIncidents.Incident> incidents(@PathVariable String name, @RequestParam(defaultValue = "50") int limit) {
        return ruleSets.incidents(name, limit);
    }

    /** Without {@code from}, the version before {@code to}; without {@code to}, the active version. */
    @GetMapping("/{name}/diff")
    RuleSets.Diff diff(
            @PathVariable String name,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        if (from == null) {
            return ruleSets.diffFromPrevious(name, to);
        }
        return ruleSets.diff(name, from, to != null ? to : ruleSets.get(name).version());
    }
}
