package io.qunflow.security;

import java.time.OffsetDateTime;

/**
 * An API key was revoked for good. Published inside the revoking transaction, so what a module
 * keeps for the key (its webhooks) is retired in the same commit: a revoked key is not served
 * anything more, pulled or pushed.
 *
 * @param keyId the revoked key's id
 * @param at when it was revoked
 */
public record ApiKeyRevoked(String keyId, OffsetDateTime at) {}
