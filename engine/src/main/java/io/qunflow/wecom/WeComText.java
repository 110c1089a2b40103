package io.qunflow.wecom;

import io.qunflow.common.ShownText;
import io.qunflow.common.Words;

/**
 * A text WeCom carries to members, made ready before it is sent: without the characters that are
 * not shown as it reads ({@link ShownText}: a nickname or a quoted message with a bidi control would
 * reorder what members read), and refused here, with the reason in English and Chinese, when WeCom
 * would refuse it: an empty text, or one longer than the call takes. WeCom measures in UTF-8 bytes
 * and answered a text over its limit with an errcode only once the action was due.
 */
final class WeComText {

    private WeComText() {}

    /**
     * @param what the call, for the reason: "a WeCom group broadcast"
     * @param whatZh the same in Chinese
     * @return the text as it is sent
     * @throws WeComError not retryable, when WeCom would refuse the text
     */
    static String sendable(String text, int maxBytes, String what, String whatZh) {
        String shown = text == null ? "" : ShownText.inert(text);
        if (shown.isBlank()) {
            throw WeComError.unsendable(
                    new Words("The text is empty: " + what + " needs one; not sent", "文本为空：" + whatZh + "须有文本；未发送"));
        }
        int bytes = ShownText.utf8Bytes(shown);
        if (bytes > maxBytes) {
            throw WeComError.unsendable(new Words(
                    "The text is " + bytes + " bytes in UTF-8 and " + what + " takes at most " + maxBytes
                            + ": not sent, shorten it",
                    "文本 " + bytes + " 字节（UTF-8），" + whatZh + "最多 " + maxBytes + " 字节：未发送，请缩短"));
        }
        return shown;
    }
}
