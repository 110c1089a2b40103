package io.qunflow.wecom;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Group live codes for operators: one QR code per channel, rotated through its groups. */
@RestController
@RequestMapping("/api/v1/wecom/live-codes")
@ConditionalOnWeCom
class LiveCodeController {

    private final LiveCodes codes;
    private final WeComNames names;

    LiveCodeController(LiveCodes codes, WeComNames names) {
        this.codes = codes;
        this.names = names;
    }

    @GetMapping
    List<LiveCode> list() {
        return names.codes(codes.all());
    }

    @GetMapping("/{configId}")
    LiveCode get(@PathVariable String configId) {
        return names.code(codes.get(configId));
    }

    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<LiveCode> create(@Valid @RequestBody LiveCodes.Request request) {
        LiveCode created = names.code(codes.create(request));
        return ResponseEntity.created(URI.create("/api/v1/wecom/live-codes/"
                        + UriUtils.encodePathSegment(created.configId(), StandardCharsets.UTF_8)))
                .body(created);
    }

    @PutMapping("/{configId}")
    LiveCode update(@PathVariable String configId, @Valid @RequestBody LiveCodes.Request request) {
        return names.code(codes.update(configId, request));
    }

    @DeleteMapping("/{configId}")
    ResponseEntity<Void> delete(@PathVariable String configId) {
        codes.delete(configId);
        return ResponseEntity.noContent().build();
    }
}
