package io.qunflow.workflow;

import io.qunflow.api.Problems;
import io.qunflow.common.Words;
import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Designers deploy BPMN here; everyone with read access sees versions and where instances are. */
@RestController
@RequestMapping("/api/v1/workflows")
class WorkflowController {

    /** Far above any hand-drawn lifecycle, far below what would hurt the server. */
    private static final int MAX_XML_CHARS = 2_000_000;

    private final WorkflowCatalog catalog;
    private final WorkflowMigrations migrations;

    WorkflowController(WorkflowCatalog catalog, WorkflowMigrations migrations) {
        this.catalog = catalog;
        this.migrations = migrations;
    }

    @RequestSubject(value = "The migration", zh = "迁移请求")
    record MigrationRequest(
            @Between(min = 1, max = Between.NO_MORE_THAN_AN_INT, required = true)
            Integer toVersion,

            @Items(max = 1000, en = "must hold at most 1000 groups", zh = "最多 1000 个社群")
            List<@Identifier String> groupIds,

            boolean dryRun) {}

    /** Plans ({@code dryRun}) or carries out moving running groups onto a version of the workflow. */
    @PostMapping("/{key}/migrations")
    WorkflowMigrations.Plan migrate(
            @PathVariable String key, @Valid @RequestBody MigrationRequest request, Principal principal) {
        return migrations.migrate(key, request.toVersion(), request.groupIds(), request.dryRun(), principal.getName());
    }

    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/bpmn+xml"})
    @RequestSubject(value = "The BPMN file", zh = "BPMN 文件")
    ResponseEntity<WorkflowCatalog.Deployed> deploy(
            @RequestBody(required = false) @Text(max = MAX_XML_CHARS, required = true) String xml,
            @RequestParam(required = false) @Text(max = 2000) String comment,
            Principal principal) {
        WorkflowCatalog.Deployed deployed = catalog.deploy(
                xml,
                principal.getName(),
                comment == null || comment.isBlank()
                        ? new Words("Deployed without a comment", "部署时未填写说明")
                        : new Words(comment, null));
        WorkflowCatalog.DefinitionRef first = deployed.definitions().get(0);
        return ResponseEntity.created(
                        URI.create("/api/v1/workflows/" + first.key() + "/xml?version=" + first.version()))
                .body(deployed);
    }

    @GetMapping
    List<WorkflowCatalog.Definition> definitions() {
        return catalog.definitions();
    }

    @GetMapping(value = "/{key}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    String xml(
            @PathVariable String key,
            @RequestParam(required = false) @Between(min = 1, max = Between.NO_MORE_THAN_AN_INT) Integer version) {
        return catalog.xml(key, version);
    }

    @GetMapping("/instances/{processInstanceId}")
    WorkflowCatalog.InstancePosition position(@PathVariable String processInstanceId) {
        return catalog.position(processInstanceId);
    }

    @ExceptionHandler(InvalidWorkflowException.class)
    ProblemDetail invalid(InvalidWorkflowException e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST, e.getMessage(), e.detailZh());
        problem.setProperty(
                "errors", e.problems().stream().map(WorkflowController::error).toList());
        return problem;
    }

    private static Map<String, Object> error(WorkflowProblem p) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", p.elementId() == null ? "body" : p.elementId());
        error.put("elementId", p.elementId());
        error.put("attribute", p.attribute());
        error.put("message", p.message());
        error.put("messageZh", p.messageZh());
        error.put("line", p.line());
        error.put("column", p.column());
        return error;
    }
}
