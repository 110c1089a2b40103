package io.qunflow.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

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
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:qunflow:problem:" + type + "\",\"title\":\"" + status + "\",\"status\":"
                        + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response committed; there is nobody left to tell.
        }
    }
}
