package io.qunflow.reviews;

import io.qunflow.common.constraints.RequestSubject;
import io.qunflow.common.constraints.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderation's precision as the reviews' verdicts measure it. */
@RestController
class QualityController {

    private final ModerationQuality quality;

    QualityController(ModerationQuality quality) {
        this.quality = quality;
    }

    @GetMapping("/api/v1/moderation/quality")
    @RequestSubject(value = "The quality query", zh = "质量查询")
    ModerationQuality.Quality quality(@RequestParam(required = false) @Text(max = 100) String groupId) {
        return quality.of(groupId == null || groupId.isBlank() ? null : groupId.strip());
    }
}
