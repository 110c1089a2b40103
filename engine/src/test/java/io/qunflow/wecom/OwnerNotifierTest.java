package io.qunflow.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A notice WeCom would cut at 2048 bytes keeps its link: the body gives way, a whole character at a time. */
class OwnerNotifierTest {

    private static final String END = "\n<a href=\"https://qunflow.example.test/#/wecom/tasks/ot-1\">打开任务</a>";

    @Test
    void fit_shortensALongBodyOfEmojiAndChinese_soTheLinkStaysWhole() {
        String body = "【群主任务】将该成员移出本群\n成员：" + "🧧群".repeat(400);

        String text = OwnerNotifier.fit(body, END);

        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(OwnerNotifier.MAX_BYTES);
        assertThat(text).endsWith("…" + END).startsWith("【群主任务】将该成员移出本群");
        assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .as("no emoji cut in half")
                .isEqualTo(text);
    }

    @Test
    void fit_leavesANoticeThatFitsAsItIs() {
        assertThat(OwnerNotifier.fit("【群主任务】", END)).isEqualTo("【群主任务】" + END);
    }
}
