package io.qunflow.reviews;

import io.qunflow.common.constraints.OneOf;
import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import io.qunflow.common.constraints.WholeNumber;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue: moderation decisions listed for people, and their verdicts. */
@RestController
@RequestMapping("/api/v1/reviews")
class ReviewController {

    enum Verdict {
        UPHELD,
        OVERTURNED
    }

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** Newest first; {@code before} (an item id from the page before) pages back, {@code limit} items at a time. */
    @GetMapping
    @RequestSubject(value = "The review query", zh = "复核查询")
    List<ReviewItem> list(
            @RequestParam(required = false) @OneOf(ReviewStatus.class) String status,
            @RequestParam(required = false) @Text(max = 100) String groupId,
            @RequestParam(required = false) @Text(max = 200) String memberId,
            @RequestParam(required = false) @Text(max = 64) String before,
            @RequestParam(defaultValue = "50") @WholeNumber(min = 1, max = 500) String limit) {
        return reviews.list(
                status == null ? null : ReviewStatus.valueOf(status),
                blankAsNull(groupId),
                blankAsNull(memberId),
                blankAsNull(before),
                Integer.parseInt(limit.strip()));
    }

    @GetMapping("/{id}")
    ReviewItem get(@PathVariable String id) {
        return reviews.get(id);
    }

    @RequestSubject(value = "The verdict", zh = "复核结论")
    record VerdictRequest(
            @OneOf(value = Verdict.class, required = true) String verdict,
            @Text(max = 2000) String note) {}

    @PostMapping("/{id}/verdict")
    ReviewService.VerdictGiven verdict(
            @PathVariable String id, @Valid @RequestBody VerdictRequest request, Principal who) {
        return reviews.judge(id, ReviewStatus.valueOf(request.verdict()), blankAsNull(request.note()), who.getName());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
