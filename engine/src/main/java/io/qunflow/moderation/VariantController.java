package io.qunflow.moderation;

import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The variant data for compliance, beside the word lists: read the live version of each file and
 * its history, validate a new version, publish it, or publish an earlier one again.
 */
@RestController
@RequestMapping("/api/v1/word-lists/variants")
class VariantController {

    private final VariantService variants;

    VariantController(VariantService variants) {
        this.variants = variants;
    }

    /** A file as answered: the version asked for (the live one by default) and the file's history. */
    record FileView(VariantService.VariantFile file, List<VariantService.Version> history) {}

    @GetMapping
    List<VariantService.VariantFile> files() {
        return variants.files();
    }

    @GetMapping("/{name}")
    FileView file(@PathVariable String name, @RequestParam(required = false) Integer version) {
        VariantService.VariantFile file = version == null ? variants.file(name) : variants.file(name, version);
        return new FileView(file, variants.history(name));
    }

    @RequestSubject(value = "The variant data", zh = "变体字数据")
    record Proposed(
            @Text(max = VariantData.MAX_LENGTH, required = true)
            String csv) {}

    record Validation(boolean valid, List<VariantService.Problem> errors) {}

    @PostMapping("/{name}/validate")
    Validation validate(@PathVariable String name, @Valid @RequestBody Proposed request) {
        List<VariantService.Problem> problems = variants.validate(name, request.csv());
        return new Validation(problems.isEmpty(), problems);
    }

    @RequestSubject(value = "The variant data version", zh = "变体字数据版本")
    record NewVersion(
            @Text(max = VariantData.MAX_LENGTH, required = true)
            String csv,

            @Text(max = 2000, required = true) String comment) {}

    @PostMapping("/{name}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    VariantService.VariantFile publish(
            @PathVariable String name, @Valid @RequestBody NewVersion request, Principal who) {
        return variants.publish(name, request.csv(), who.getName(), request.comment());
    }

    @RequestSubject(value = "The rollback", zh = "回滚请求")
    record Rollback(
            @Between(min = 1, max = Between.NO_MORE_THAN_AN_INT, required = true)
            Integer version,

            @Text(max = 2000, required = true) String comment) {}

    @PostMapping("/{name}/rollback")
    @ResponseStatus(HttpStatus.CREATED)
    VariantService.VariantFile rollback(
            @PathVariable String name, @Valid @RequestBody Rollback request, Principal who) {
        return variants.rollback(name, request.version(), who.getName(), request.comment());
    }
}
