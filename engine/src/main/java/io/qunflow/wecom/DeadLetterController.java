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

    DeadLetterController(DeliveryStore deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    List<DeliveryStore.Delivery> list() {
        return deliveries.inStatus(DeliveryStore.FAILED, 500);
    }
}
