package io.qunflow.lottery;

import io.qunflow.common.constraints.Between;
import io.qunflow.common.constraints.Identifier;
import io.qunflow.common.constraints.Items;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Required;
import io.qunflow.common.constraints.Text;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LotteryController {

    private final LotteryService lotteries;

    LotteryController(LotteryService lotteries) {
        this.lotteries = lotteries;
    }

    /** @param id unique within the lottery; {@code p1}, {@code p2}… by position when absent */
    record PrizeRequest(
            @Identifier String id,

            @Text(max = 100, required = true, membersRead = true)
            String name,

            @Between(min = 1, max = 10_000, required = true) Integer inventory,
            @Between(min = 1, max = 100_000) Integer points,
            @Between(min = 1, max = 10_000_000) Integer pointsCost) {}

    @RequestSubject(value = "The lottery", zh = "抽奖")
    @UniquePrizeIds
    record CreateRequest(
            @Text(max = 100, required = true, membersRead = true)
            String title,

            @Items(min = 1, max = 20, required = true, en = "must list 1 to 20 prizes", zh = "须列出 1 到 20 个奖品")
            List<@Required @Valid PrizeRequest> prizes) {

        /** The prize's id as the lottery will know it. */
        static String idOf(PrizeRequest prize, int position) {
            return prize.id() == null ? "p" + (position + 1) : prize.id();
        }
    }

    /** A lottery with whether its recorded draw replays to the same winners. */
    record LotteryView(Lottery lottery, boolean reproducible) {}

    // The OpenAPI document reads the status here; a ResponseEntity's own is seen only at run time.
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/groups/{groupId}/lotteries")
    ResponseEntity<LotteryView> create(
            @PathVariable String groupId, @Valid @RequestBody CreateRequest request, Principal who) {
        List<Prize> prizes = new ArrayList<>();
        for (int i = 0; i < request.prizes().size(); i++) {
            PrizeRequest p = request.prizes().get(i);
            prizes.add(new Prize(
                    CreateRequest.idOf(p, i), p.name(), p.inventory(), p.inventory(), p.points(), p.pointsCost()));
        }
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

    @RequestSubject(value = "The redemption", zh = "兑换请求")
    record RedeemRequest(
            @Identifier(required = true) String redemptionId,
            @Identifier(required = true) String memberId,
            @Identifier(required = true) String prizeId) {}

    @PostMapping("/api/v1/groups/{groupId}/lotteries/{id}/redemptions")
    LotteryService.Redemption redeem(
            @PathVariable String groupId, @PathVariable String id, @Valid @RequestBody RedeemRequest request) {
        return lotteries.redeem(groupId, id, request.redemptionId(), request.memberId(), request.prizeId());
    }
}
