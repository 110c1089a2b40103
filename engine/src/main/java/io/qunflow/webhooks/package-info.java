/**
 * Webhooks: actions from the outbox pushed to the endpoints each API key registers, signed with
 * HMAC-SHA256, retried with exponential back-off and jitter, parked as dead letters for replay.
 */
package io.qunflow.webhooks;
