package io.qunflow.wecom;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actions WeCom refused (dead letters), newest first: WeCom's errcode and errmsg, and what to do
 * about them in English and Chinese.
 */
@RestController
@RequestMapping("/api/v1/wecom/dead-letters")
class DeadLetterController {

    private final DeliveryStore deliveries;
    private final WeComNames names;
    private final WeComErrcodes errcodes;

    DeadLetterController(DeliveryStore deliveries, WeComNames names, WeComErrcodes errcodes) {
        this.deliveries = deliveries;
        this.names = names;
        this.errcodes = errcodes;
    }

    @GetMapping
    List<DeliveryStore.Delivery> list() {
        return names.deadLetters(deliveries.inStatus(DeliveryStore.FAILED, 500)).stream()
                .map(dead ->
                        dead.errcode() == null ? dead : dead.advised(errcodes.explain(dead.errcode(), dead.errmsg())))
                .toList();
    }
}
