package io.qunflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qunflow.ApiClient.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** BPMN for workflow tests: the shipped lifecycle, small one-task processes, and XML uploads. */
final class Bpmn {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bpmn() {}

    static String shippedLifecycle() {
        return shipped("group-lifecycle");
    }

    /** A BPMN file shipped in {@code workflows/}, by its name without the extension. */
    static String shipped(String name) {
        try (InputStream in = Bpmn.class.getResourceAsStream("/workflows/" + name + ".bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A process of one service task wired as the task XML says, between a start and an end. */
    static String oneTask(String processId, String taskXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://qunflow.io/test">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>ToTask</bpmn:outgoing></bpmn:startEvent>
                    %2$s
                    <bpmn:endEvent id="End"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="ToTask" sourceRef="Start" targetRef="Task" />
                    <bpmn:sequenceFlow id="ToEnd" sourceRef="Task" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId, taskXml);
    }

    /**
     * A process of one task that then waits at a user task {@code Wait} (assigned to nobody), so a
     * test can read the variables the task left; history keeps none of them at the engine's level.
     */
    static String oneTaskThenWait(String processId, String taskXml) {
        return oneTask(processId, taskXml)
                .replace(
                        "<bpmn:endEvent id=\"End\"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:endEvent>",
                        "<bpmn:userTask id=\"Wait\" name=\"等待\"><bpmn:incoming>ToEnd</bpmn:incoming></bpmn:userTask>")
                .replace("targetRef=\"End\"", "targetRef=\"Wait\"");
    }

    static String serviceTask(String delegate, String inputs) {
        return """
                <bpmn:serviceTask id="Task" name="任务" camunda:delegateExpression="${%s}">
                  <bpmn:extensionElements><camunda:inputOutput>%s</camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>
                </bpmn:serviceTask>""".formatted(delegate, inputs);
    }

    static String input(String name, String value) {
        return "<camunda:inputParameter name=\"%s\">%s</camunda:inputParameter>".formatted(name, value);
    }

    /** POSTs XML as a person (HTTP Basic). */
    static Reply deploy(int port, String user, String xml) {
        return deploy(port, user, xml, "");
    }

    /** Deploys with a query string ({@code "?comment=…"}, already encoded) after the path. */
    static Reply deploy(int port, String user, String xml, String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workflows" + query))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((user + ":qunflow")
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .header("Content-Type", "application/xml")
                                    .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String raw = response.body();
            JsonNode body = raw.startsWith("{") ? JSON.readTree(raw) : null;
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    body,
                    raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
