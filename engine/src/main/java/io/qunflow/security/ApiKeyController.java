package io.qunflow.security;

import io.qunflow.common.constraints.RequestSubject;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API keys, one per connector, for admins: created (shown once), listed, rotated (shown once), revoked. */
@RestController
class ApiKeyController {

    @RequestSubject(value = "The key", zh = "密钥信息")
    record NewKey(@KeyName String name, @ApiScopes List<String> scopes) {}

    record KeyView(
            String id,
            String name,
            List<String> scopes,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime rotatedAt,
            OffsetDateTime revokedAt) {
        static KeyView of(ApiKeyStore.StoredKey key) {
            return new KeyView(
                    key.id(),
                    key.name(),
                    key.scopes(),
                    key.createdAt(),
                    key.lastUsedAt(),
                    key.rotatedAt(),
                    key.revokedAt());
        }
    }

    /** The only answer that carries the key itself. */
    record CreatedKey(String id, String name, List<String> scopes, OffsetDateTime createdAt, String key) {
        static CreatedKey of(ApiKeys.Created created) {
            return new CreatedKey(
                    created.key().id(),
                    created.key().name(),
                    created.key().scopes(),
                    created.key().createdAt(),
                    created.rawKey());
        }
    }

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/v1/keys")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedKey create(@Valid @RequestBody NewKey request, Authentication caller) {
        return CreatedKey.of(keys.create(
                request.name().strip(), request.scopes().stream().distinct().toList(), caller.getName()));
    }

    /** A new secret for the key (shown once, as on creation); the old one stops working. */
    @PostMapping("/api/v1/keys/{id}/rotate")
    CreatedKey rotate(@PathVariable String id, Authentication caller) {
        return CreatedKey.of(keys.rotate(id, caller.getName()));
    }

    @GetMapping("/api/v1/keys")
    List<KeyView> list() {
        return keys.list().stream().map(KeyView::of).toList();
    }

    @DeleteMapping("/api/v1/keys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id, Authentication caller) {
        keys.revoke(id, caller.getName());
    }
}
