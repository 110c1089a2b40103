package io.qunflow.wecom;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The actions WeCom refused (dead letters), with WeCom's errcode and errmsg, newest first. */
@RestController
@RequestMapping("/api/v1/wecom/dead-letters")
class DeadLetterController {

    private final DeliveryStore deliveries;
    private final WeComNames names;

    DeadLetterController(DeliveryStore deliveries, WeComNames names) {
        this.deliveries = deliveries;
        this.names = names;
    }

    @GetMapping
    List<DeliveryStore.Delivery> list() {
        return names.deadLetters(deliveries.inStatus(DeliveryStore.FAILED, 500));
    }
}
