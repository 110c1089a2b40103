package io.qunflow.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some requests itself before any servlet sees them (an encoded slash or a bad
 * escape in the path); this valve makes those answers problem+json too, instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String type = status == 404 ? "not-found" : status < 500 ? "invalid-request" : "internal-error";
        String detail = status < 500 ? "The request was refused before it reached the API" : "The server failed";
        String detailZh = status < 500 ? "请求在到达接口之前被拒绝：地址有误" : "服务器出了问题，本次请求没有生效";
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? String.valueOf(status) : known.getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:qunflow:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\",\"detailZh\":\"" + detailZh + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed; there is nobody left to tell.
        }
    }
}
