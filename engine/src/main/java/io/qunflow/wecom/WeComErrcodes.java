package io.qunflow.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.common.Words;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a WeCom errcode means to the person who meets it, in English and Chinese, from
 * {@code rules/wecom/errcodes.json}: WeCom's errmsg is English only and names the fault, not what to
 * do. The raw errcode and errmsg stay beside the words; a code the file does not list keeps WeCom's
 * errmsg as it came, and says so in Chinese.
 */
@Component
class WeComErrcodes {

    static final String FILE = "rules/wecom/errcodes.json";

    private final Map<Integer, Words> advice;

    WeComErrcodes(ObjectMapper json) {
        Map<Integer, Words> read = new HashMap<>();
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            for (JsonNode code : json.readTree(in).path("codes")) {
                read.put(code.path("errcode").asInt(), new Words(text(code, "en"), text(code, "zh")));
            }
        } catch (IOException e) {
            throw new IllegalStateException("The WeCom errcode file " + FILE + " cannot be read", e);
        }
        this.advice = Map.copyOf(read);
    }

    private static String text(JsonNode code, String field) {
        String text = code.path(field).asText("");
        if (text.isBlank()) {
            throw new IllegalStateException(
                    "The WeCom errcode " + code.path("errcode").asText() + " in " + FILE + " has no '" + field + "'");
        }
        return text;
    }

    /**
     * What a failed call means to a person: the errcode's advice when WeCom refused it, else what
     * happened to the call (WeCom unreachable, its answer lost).
     */
    Words explain(WeComError e) {
        return e.errcode() == null ? new Words(e.getMessage(), e.messageZh()) : explain(e.errcode(), e.errmsg());
    }

    /** What to do about a refusal, with WeCom's errcode and errmsg kept beside it. */
    Words explain(int errcode, String errmsg) {
        Words known = advice.get(errcode);
        if (known == null) {
            return new Words(
                    "WeCom refused it with errcode " + errcode + ": " + errmsg,
                    "企业微信拒绝了请求，错误码 " + errcode + "。Qunflow 没有这个错误码的中文说明，以下是企业微信的英文原文：" + errmsg);
        }
        return new Words(
                known.en() + " (WeCom errcode " + errcode + ": " + errmsg + ")",
                known.zh() + "（企业微信错误码 " + errcode + "：" + errmsg + "）");
    }
}
