package io.qunflow.lottery;

import io.qunflow.common.RequestChecks;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LotteryController {

    private final LotteryService lotteries;

    LotteryController(LotteryService lotteries) {
        this.lotteries = lotteries;
    }

    record PrizeRequest(String id, String name, Integer inventory, Integer points, Integer pointsCost) {}

    record CreateRequest(String title, List<PrizeRequest> prizes) {}

    /** A lottery with whether its recorded draw replays to the same winners. */
    record LotteryView(Lottery lottery, boolean reproducible) {}

    @PostMapping("/api/v1/groups/{groupId}/lotteries")
    ResponseEntity<LotteryView> create(
            @PathVariable String groupId, @RequestBody CreateRequest request, Principal who) {
        RequestChecks checks = new RequestChecks();
        checks.text("title", request.title(), 100, true);
        List<Prize> prizes = new ArrayList<>();
        if (request.prizes() == null
                || request.prizes().isEmpty()
                || request.prizes().size() > 20) {
            checks.add("prizes", "must list 1 to 20 prizes");
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < request.prizes().size(); i++) {
                PrizeRequest p = request.prizes().get(i);
                String field = "prizes[" + i + "]";
                String id = p.id() == null ? "p" + (i + 1) : p.id();
                checks.id(field + ".id", id, true);
                if (!ids.add(id)) {
                    checks.add(field + ".id", "must be unique within the lottery");
                }
                checks.text(field + ".name", p.name(), 100, true);
                if (p.inventory() == null || p.inventory() < 1 || p.inventory() > 10_000) {
                    checks.add(field + ".inventory", "must be between 1 and 10000");
                }
                if (p.points() != null && (p.points() < 1 || p.points() > 100_000)) {
                    checks.add(field + ".points", "must be between 1 and 100000");
                }
                if (p.pointsCost() != null && (p.pointsCost() < 1 || p.pointsCost() > 10_000_000)) {
                    checks.add(field + ".pointsCost", "must be between 1 and 10000000");
                }
                prizes.add(new Prize(
                        id,
                        p.name(),
                        p.inventory() == null ? 0 : p.inventory(),
                        p.inventory() == null ? 0 : p.inventory(),
                        p.points(),
                        p.pointsCost()));
            }
        }
        checks.throwIfAny("The lottery");
        Lottery lottery = lotteries.create(groupId, request.title(), prizes, who.getName());
        return ResponseEntity.created(URI.create("/api/v1/groups/" + groupId + "/lotteries/" + lottery.id()))
                .body(new LotteryView(lottery, false));
    }

    @GetMapping("/api/v1/groups/{groupId}/lotteries/{id}")
    LotteryView get(@PathVariable String groupId, @PathVariable String id) {
        Lottery lottery = lotteries.get(groupId, id);
        return new LotteryView(lottery, lotteries.reproducible(lottery));
    }

    @PostMapping("/api/v1/groups/{groupId}/lotteries/{id}/draw")
    LotteryView draw(@PathVariable String groupId, @PathVariable String id) {
        Lottery lottery = lotteries.draw(groupId, id);
        return new LotteryView(lottery, lotteries.reproducible(lottery));
    }

    record RedeemRequest(String redemptionId, String memberId, String prizeId) {}

    @PostMapping("/api/v1/groups/{groupId}/lotteries/{id}/redemptions")
    LotteryService.Redemption redeem(
            @PathVariable String groupId, @PathVariable String id, @RequestBody RedeemRequest request) {
        RequestChecks checks = new RequestChecks();
        checks.id("redemptionId", request.redemptionId(), true);
        checks.id("memberId", request.memberId(), true);
        checks.id("prizeId", request.prizeId(), true);
        checks.throwIfAny("The redemption");
        return lotteries.redeem(groupId, id, request.redemptionId(), request.memberId(), request.prizeId());
    }
}
