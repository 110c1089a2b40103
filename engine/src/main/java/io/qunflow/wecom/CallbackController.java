package io.qunflow.wecom;

import io.qunflow.api.Problems;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where WeCom calls Qunflow, authenticated by WeCom's signature rather than a key: the URL check
 * when the callback is set up, and the encrypted events. An event is answered as soon as it is
 * stored (WeCom gives five seconds and retries); it is processed after the answer.
 */
@RestController
@ConditionalOnWeCom
class CallbackController {

    static final String PATH = "/wecom/callback";

    private final WeComCrypto crypto;
    private final InboundStore store;
    private final InboundProcessor processor;
    private final Clock clock;

    CallbackController(WeComSettings settings, InboundStore store, InboundProcessor processor, Clock clock) {
        this.crypto = new WeComCrypto(settings.token(), settings.encodingAesKey(), settings.corpId());
        this.store = store;
        this.processor = processor;
        this.clock = clock;
    }

    /** URL verification: the decrypted echostr, as plain text, proves Qunflow holds the key. */
    @GetMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    String verify(
            @RequestParam("msg_signature") String signature,
            @RequestParam String timestamp,
            @RequestParam String nonce,
            @RequestParam String echostr) {
        return crypto.open(signature, timestamp, nonce, echostr);
    }

    @PostMapping(value = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receive(
            @RequestParam("msg_signature") String signature,
            @RequestParam String timestamp,
            @RequestParam String nonce,
            @RequestBody String body) {
        XmlMessage envelope = XmlMessage.envelope(body);
        String message = crypto.open(signature, timestamp, nonce, envelope.get("Encrypt"));
        XmlMessage event = XmlMessage.parse(message);
        String kind = event.get("Event") != null ? event.get("Event") : event.get("MsgType");
        if (kind == null) {
            throw new CallbackRejected("The message names no event");
        }
        if (store.record(
                message,
                limit(kind),
                limit(event.get("ChangeType")),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))) {
            processor.wake();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("");
    }

    @ExceptionHandler(CallbackRejected.class)
    ResponseEntity<ProblemDetail> rejected(CallbackRejected e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail problem = Problems.of(
                status, status == HttpStatus.FORBIDDEN ? Problems.FORBIDDEN : Problems.INVALID_REQUEST, e.getMessage());
        problem.setProperty("errors", java.util.List.of(Map.of("field", "callback", "message", e.getMessage())));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String limit(String text) {
        return text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }
}
