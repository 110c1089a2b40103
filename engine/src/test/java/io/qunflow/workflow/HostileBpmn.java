package io.qunflow.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Diagrams an attacker with the designer role would send: each tries to run code on the server
 * (creating a marker file) through one place Camunda evaluates or loads something. Every one must be
 * refused before it reaches Camunda, naming the element and the attribute at fault.
 */
final class HostileBpmn {

    /**
     * One attack.
     *
     * @param name what it tries
     * @param xml the diagram
     * @param blamed a word the refusal must name (the element id or the attribute)
     */
    record Case(String name, String xml, String blamed) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileBpmn() {}

    /** A JUEL payload that would create the marker file. */
    static String exec(String marker) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + marker
                + "')}";
    }

    static List<Case> all(String marker) {
        String evil = exec(marker);
        String evilXml = xml(evil);
        String deferred = xml("#{" + evil.substring(2));
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("service task expression", task("""
                <bpmn:serviceTask id="Task" camunda:expression="%s">%s</bpmn:serviceTask>""".formatted(evilXml, FLOW)), "camunda:expression"));
        cases.add(new Case("service task class", task("""
                <bpmn:serviceTask id="Task" camunda:class="java.lang.ProcessBuilder">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:class"));
        // Camunda's parser reads the old Activiti namespace as its own; the allow-list knows only one.
        cases.add(new Case(
                "class in the Activiti namespace Camunda still reads",
                task("""
                <bpmn:serviceTask id="Task" xmlns:activiti="http://activiti.org/bpmn" activiti:class="java.lang.ProcessBuilder">%s</bpmn:serviceTask>""".formatted(FLOW)),
                "{http://activiti.org/bpmn}class"));
        cases.add(new Case(
                "class under Camunda's namespace with another prefix", task("""
                <bpmn:serviceTask id="Task" xmlns:c="http://camunda.org/schema/1.0/bpmn" c:class="java.lang.ProcessBuilder">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:class"));
        cases.add(new Case("script task, javascript", task("""
                <bpmn:scriptTask id="Task" scriptFormat="javascript">%s<bpmn:script>java.lang.Runtime.getRuntime().exec('touch %s')</bpmn:script></bpmn:scriptTask>""".formatted(FLOW, marker)), "scriptTask"));
        cases.add(new Case("script task, groovy", task("""
                <bpmn:scriptTask id="Task" scriptFormat="groovy">%s<bpmn:script>"touch %s".execute()</bpmn:script></bpmn:scriptTask>""".formatted(FLOW, marker)), "scriptTask"));
        cases.add(new Case("script task, juel", task("""
                <bpmn:scriptTask id="Task" scriptFormat="juel">%s<bpmn:script>%s</bpmn:script></bpmn:scriptTask>""".formatted(FLOW, evilXml)), "scriptTask"));
        cases.add(new Case("script task loaded from a resource", task("""
                <bpmn:scriptTask id="Task" scriptFormat="javascript" camunda:resource="classpath://evil.js">%s</bpmn:scriptTask>""".formatted(FLOW)), "scriptTask"));
        cases.add(new Case("intermediate timer date", task(timerTask("timeDate", evilXml)), "timeDate"));
        cases.add(new Case("intermediate timer duration", task(timerTask("timeDuration", evilXml)), "timeDuration"));
        cases.add(new Case("intermediate timer cycle", task(timerTask("timeCycle", evilXml)), "timeCycle"));
        cases.add(new Case("timer start event evaluated during deploy", process("""
                <bpmn:startEvent id="TimedStart"><bpmn:outgoing>F1</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="TimedStart" targetRef="End" />""".formatted(evilXml)), "TimedStart"));
        cases.add(new Case(
                "sequence flow condition",
                gatewayCondition("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + evilXml
                        + "</bpmn:conditionExpression>"),
                "conditionExpression"));
        cases.add(new Case("condition as a script", gatewayCondition("""
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">java.lang.Runtime.getRuntime().exec('touch %s'); true</bpmn:conditionExpression>""".formatted(marker)), "language"));
        cases.add(new Case("condition loaded from a resource", gatewayCondition("""
                <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy" camunda:resource="deployment://x.groovy"/>"""), "camunda:resource"));
        cases.add(new Case(
                "input parameter",
                task(io("<camunda:inputParameter name=\"x\">" + evilXml + "</camunda:inputParameter>")),
                "camunda:inputParameter"));
        cases.add(new Case("input parameter as a script", task(io("""
                <camunda:inputParameter name="x"><camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime().exec('touch %s')</camunda:script></camunda:inputParameter>""".formatted(marker))), "camunda:script"));
        cases.add(new Case(
                "output parameter",
                task(io("<camunda:outputParameter name=\"x\">" + evilXml + "</camunda:outputParameter>")),
                "camunda:outputParameter"));
        cases.add(new Case(
                "value nested in a list",
                task(io("<camunda:inputParameter name=\"x\"><camunda:list><camunda:value>" + evilXml
                        + "</camunda:value></camunda:list></camunda:inputParameter>")),
                "camunda:value"));
        cases.add(new Case(
                "value nested in a map",
                task(io("<camunda:inputParameter name=\"x\"><camunda:map><camunda:entry key=\"k\">" + evilXml
                        + "</camunda:entry></camunda:map></camunda:inputParameter>")),
                "camunda:entry"));
        cases.add(new Case(
                "multi-instance cardinality",
                task(multiInstance(
                        "<bpmn:loopCardinality xsi:type=\"bpmn:tFormalExpression\">" + evilXml
                                + "</bpmn:loopCardinality>",
                        "")),
                "loopCardinality"));
        cases.add(new Case(
                "multi-instance collection",
                task(multiInstance("", " camunda:collection=\"" + evilXml + "\"")),
                "camunda:collection"));
        cases.add(new Case(
                "multi-instance completion condition",
                task(multiInstance(
                        "<bpmn:completionCondition xsi:type=\"bpmn:tFormalExpression\">" + evilXml
                                + "</bpmn:completionCondition>",
                        "")),
                "completionCondition"));
        cases.add(new Case(
                "execution listener expression",
                task(listener("<camunda:executionListener event=\"start\" expression=\"" + evilXml + "\" />")),
                "expression"));
        cases.add(new Case(
                "execution listener class",
                task(listener("<camunda:executionListener event=\"start\" class=\"java.lang.Runtime\" />")),
                "class"));
        cases.add(new Case("execution listener script", task(listener("""
                <camunda:executionListener event="start"><camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime().exec('touch %s')</camunda:script></camunda:executionListener>""".formatted(marker))), "camunda:script"));
        cases.add(new Case(
                "execution listener on another bean",
                task(listener("<camunda:executionListener event=\"start\" delegateExpression=\"${dataSource}\" />")),
                "delegateExpression"));
        cases.add(new Case(
                "task listener expression",
                task(userTask(
                        " camunda:assignee=\"amy\"",
                        "<bpmn:extensionElements><camunda:taskListener event=\"create\" expression=\"" + evilXml
                                + "\" /></bpmn:extensionElements>")),
                "expression"));
        cases.add(new Case(
                "task listener class",
                task(
                        userTask(
                                "",
                                "<bpmn:extensionElements><camunda:taskListener event=\"create\" class=\"java.lang.Runtime\" /></bpmn:extensionElements>")),
                "class"));
        cases.add(
                new Case("assignee", task(userTask(" camunda:assignee=\"" + evilXml + "\"", "")), "camunda:assignee"));
        cases.add(new Case(
                "candidate groups",
                task(userTask(" camunda:candidateGroups=\"" + evilXml + "\"", "")),
                "camunda:candidateGroups"));
        cases.add(new Case("due date", task(userTask(" camunda:dueDate=\"" + evilXml + "\"", "")), "camunda:dueDate"));
        cases.add(new Case("form key", task(userTask(" camunda:formKey=\"" + evilXml + "\"", "")), "camunda:formKey"));
        cases.add(new Case("called element", task("""
                <bpmn:callActivity id="Task" calledElement="%s">%s</bpmn:callActivity>""".formatted(evilXml, FLOW)), "calledElement"));
        cases.add(new Case("call activity variable mapping", task("""
                <bpmn:callActivity id="Task" calledElement="group-sop"><bpmn:extensionElements><camunda:in sourceExpression="%s" target="x" /></bpmn:extensionElements>%s</bpmn:callActivity>""".formatted(evilXml, FLOW)), "sourceExpression"));
        cases.add(new Case("call activity mapping class", task("""
                <bpmn:callActivity id="Task" calledElement="group-sop" camunda:variableMappingClass="java.lang.Runtime">%s</bpmn:callActivity>""".formatted(FLOW)), "camunda:variableMappingClass"));
        cases.add(new Case(
                "message name",
                processWithDefinitions("<bpmn:message id=\"Msg\" name=\"" + evilXml + "\" />", catchMessage()),
                "name"));
        cases.add(new Case(
                "signal name",
                processWithDefinitions("<bpmn:signal id=\"Sig\" name=\"" + evilXml + "\" />", catchSignal()),
                "name"));
        cases.add(new Case(
                "a field written into Qunflow's shared task",
                task(listener("<camunda:field name=\"groups\" stringValue=\"x\" />")),
                "camunda:field"));
        cases.add(new Case("connector", task("""
                <bpmn:serviceTask id="Task"><bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:connector"));
        cases.add(new Case("external task", task("""
                <bpmn:serviceTask id="Task" camunda:type="external" camunda:topic="run">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:type"));
        cases.add(new Case("decision table", task("""
                <bpmn:businessRuleTask id="Task" camunda:decisionRef="evil">%s</bpmn:businessRuleTask>""".formatted(FLOW)), "camunda:decisionRef"));
        cases.add(new Case(
                "delegate that is not a Qunflow task", task("""
                <bpmn:serviceTask id="Task" camunda:delegateExpression="${dataSource}">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:delegateExpression"));
        cases.add(new Case("property access on the execution", task("""
                <bpmn:serviceTask id="Task" camunda:expression="${execution.processEngineServices}">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:expression"));
        cases.add(new Case(
                "bracket access",
                task(io("<camunda:inputParameter name=\"x\">${execution['processEngine']}</camunda:inputParameter>")),
                "camunda:inputParameter"));
        cases.add(new Case("deferred #{} syntax", task("""
                <bpmn:serviceTask id="Task" camunda:expression="%s">%s</bpmn:serviceTask>""".formatted(deferred, FLOW)), "camunda:expression"));
        cases.add(
                new Case("expression hidden by character references", task("""
                <bpmn:serviceTask id="Task" camunda:expression="&#36;&#123;''.getClass().forName('java.lang.Runtime')&#125;">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:expression"));
        cases.add(new Case(
                "expression in CDATA",
                gatewayCondition("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\"><![CDATA[" + evil
                        + "]]></bpmn:conditionExpression>"),
                "conditionExpression"));
        cases.add(new Case(
                "entity declared in a DOCTYPE",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"" + evilXml
                        + "\">]>" + task("""
                <bpmn:serviceTask id="Task" camunda:expression="&e;">%s</bpmn:serviceTask>""".formatted(FLOW)).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", ""),
                "DOCTYPE"));
        cases.add(new Case(
                "external entity",
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + task("<bpmn:task id=\"Task\" name=\"&e;\">" + FLOW + "</bpmn:task>")
                                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", ""),
                "DOCTYPE"));
        cases.add(new Case(
                "a function of another namespace",
                task(io("<camunda:inputParameter name=\"x\">${fn:exec('touch')}</camunda:inputParameter>")),
                "camunda:inputParameter"));
        cases.add(new Case(
                "allowed bean called with a computed argument", task("""
                <bpmn:serviceTask id="Task" camunda:expression="${lifecyclePhases.enter(execution, ''.getClass().getName())}">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:expression"));
        cases.add(new Case("allowed bean, another method", task("""
                <bpmn:serviceTask id="Task" camunda:expression="${lifecyclePhases.getClass()}">%s</bpmn:serviceTask>""".formatted(FLOW)), "camunda:expression"));
        cases.add(new Case("conditional event", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:intermediateCatchEvent id="Wait"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                  <bpmn:conditionalEventDefinition><bpmn:condition xsi:type="bpmn:tFormalExpression">%s</bpmn:condition></bpmn:conditionalEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait" />
                <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="End" />""".formatted(evilXml)), "bpmn:condition"));
        cases.add(new Case(
                "unknown extension element",
                task(
                        "<bpmn:serviceTask id=\"Task\" camunda:delegateExpression=\"${measureActivityDelegate}\"><bpmn:extensionElements>"
                                + "<x:payload xmlns:x=\"urn:evil\">" + evilXml + "</x:payload></bpmn:extensionElements>"
                                + FLOW
                                + "</bpmn:serviceTask>"),
                "x:payload"));
        cases.add(new Case("timer cycle every second", task(timerTask("timeCycle", "R/PT1S")), "timeCycle"));
        cases.add(new Case(
                "timer start cycle every millisecond, as a string in an expression",
                timerStart("timeCycle", "${'R/PT0.001S'}"),
                "TimedStart"));
        cases.add(new Case(
                "timer start event, a bounded cycle: instances for no group",
                timerStart("timeCycle", "R10/P1D"),
                "TimedStart"));
        cases.add(new Case(
                "message start event named like the message a dissolved group's workflows are told of",
                processWithDefinitions("<bpmn:message id=\"Dissolved\" name=\"GroupDissolved\" />", """
                        <bpmn:startEvent id="StartOnDissolved"><bpmn:outgoing>F1</bpmn:outgoing>
                          <bpmn:messageEventDefinition messageRef="Dissolved" />
                        </bpmn:startEvent>
                        <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                        <bpmn:sequenceFlow id="F1" sourceRef="StartOnDissolved" targetRef="End" />"""),
                "StartOnDissolved"));
        cases.add(new Case(
                "timer cycle as a string in an expression", task(timerTask("timeCycle", "${'R/PT1S'}")), "timeCycle"));
        cases.add(new Case(
                "timer cycle with a number computed into it", task(timerTask("timeCycle", "R/PT${1}S")), "timeCycle"));
        cases.add(new Case(
                "timer cycle concatenated from strings",
                task(timerTask("timeCycle", "${'R/PT'}${'1S'}")),
                "timeCycle"));
        cases.add(new Case("timer cycle read from a variable", task(timerTask("timeCycle", "${cycle}")), "timeCycle"));
        cases.add(new Case("non-interrupting boundary cycle as an expression", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:userTask id="Wait"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
                <bpmn:boundaryEvent id="Tick" attachedToRef="Wait" cancelActivity="false"><bpmn:outgoing>F3</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${'R/PT1S'}</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                <bpmn:endEvent id="TickEnd"><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait" />
                <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="End" />
                <bpmn:sequenceFlow id="F3" sourceRef="Tick" targetRef="TickEnd" />"""), "Tick"));
        cases.add(new Case(
                "timer duration as a string in an expression",
                task(timerTask("timeDuration", "${'PT0S'}")),
                "timeDuration"));
        cases.add(new Case(
                "multi-instance of a hundred million",
                task(multiInstance(
                        "<bpmn:loopCardinality xsi:type=\"bpmn:tFormalExpression\">100000000</bpmn:loopCardinality>",
                        "")),
                "loopCardinality"));
        for (String cycle : List.of("R1000000/PT0S", "R2147483647/PT0S", "R11/PT1M", "PT0S,".repeat(11) + "PT0S")) {
            cases.add(new Case(
                    "a retry cycle of " + cycle.length() + " characters (" + cycle.substring(0, 5) + "…)",
                    task("""
                            <bpmn:task id="Task" camunda:asyncBefore="true">
                              <bpmn:extensionElements>
                                <camunda:failedJobRetryTimeCycle>%s</camunda:failedJobRetryTimeCycle>
                              </bpmn:extensionElements>%s
                            </bpmn:task>""".formatted(cycle, FLOW)),
                    "failedJobRetryTimeCycle"));
        }
        cases.add(new Case(
                "a user task's name as an expression",
                task("<bpmn:userTask id=\"Task\" name=\"${execution.processEngineServices}\">" + FLOW
                        + "</bpmn:userTask>"),
                "name"));
        cases.add(new Case("gateway flowing to itself", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Spin"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Spin" />
                <bpmn:sequenceFlow id="F2" sourceRef="Spin" targetRef="Spin" />"""), "Spin"));
        cases.add(new Case("loop of a task and a gateway that never waits", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Work"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>Again</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
                <bpmn:exclusiveGateway id="Check" default="Again"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>Again</bpmn:outgoing><bpmn:outgoing>Done</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:endEvent id="End"><bpmn:incoming>Done</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Work" />
                <bpmn:sequenceFlow id="F2" sourceRef="Work" targetRef="Check" />
                <bpmn:sequenceFlow id="Again" sourceRef="Check" targetRef="Work" />
                <bpmn:sequenceFlow id="Done" sourceRef="Check" targetRef="End"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${false}</bpmn:conditionExpression></bpmn:sequenceFlow>"""), "Work"));
        cases.add(new Case("loop closed by link events", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:task id="Work"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
                <bpmn:intermediateThrowEvent id="GoBack"><bpmn:incoming>F2</bpmn:incoming><bpmn:linkEventDefinition name="again" /></bpmn:intermediateThrowEvent>
                <bpmn:intermediateCatchEvent id="ComeBack"><bpmn:outgoing>F3</bpmn:outgoing><bpmn:linkEventDefinition name="again" /></bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Work" />
                <bpmn:sequenceFlow id="F2" sourceRef="Work" targetRef="GoBack" />
                <bpmn:sequenceFlow id="F3" sourceRef="ComeBack" targetRef="Work" />"""), "Work"));
        cases.add(new Case("loop through a sub-process that can skip its wait", process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:subProcess id="Round"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                  <bpmn:startEvent id="RoundStart"><bpmn:outgoing>S1</bpmn:outgoing></bpmn:startEvent>
                  <bpmn:exclusiveGateway id="Skip" default="S3"><bpmn:incoming>S1</bpmn:incoming><bpmn:outgoing>S2</bpmn:outgoing><bpmn:outgoing>S3</bpmn:outgoing></bpmn:exclusiveGateway>
                  <bpmn:userTask id="Ask"><bpmn:incoming>S2</bpmn:incoming><bpmn:outgoing>S4</bpmn:outgoing></bpmn:userTask>
                  <bpmn:endEvent id="RoundEnd"><bpmn:incoming>S3</bpmn:incoming><bpmn:incoming>S4</bpmn:incoming></bpmn:endEvent>
                  <bpmn:sequenceFlow id="S1" sourceRef="RoundStart" targetRef="Skip" />
                  <bpmn:sequenceFlow id="S2" sourceRef="Skip" targetRef="Ask"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${false}</bpmn:conditionExpression></bpmn:sequenceFlow>
                  <bpmn:sequenceFlow id="S3" sourceRef="Skip" targetRef="RoundEnd" />
                  <bpmn:sequenceFlow id="S4" sourceRef="Ask" targetRef="RoundEnd" />
                </bpmn:subProcess>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Round" />
                <bpmn:sequenceFlow id="F2" sourceRef="Round" targetRef="Round" />"""), "Round"));
        cases.add(new Case("call activity calling its own process", task("""
                <bpmn:callActivity id="Task" calledElement="hostile">%s</bpmn:callActivity>""".formatted(FLOW)), "Task"));
        cases.add(new Case("called process computed from a string", task("""
                <bpmn:callActivity id="Task" calledElement="${'hostile'}">%s</bpmn:callActivity>""".formatted(FLOW)), "calledElement"));
        cases.add(new Case(
                "signal thrown to every group",
                processWithDefinitions(
                        "<bpmn:signal id=\"Sig\" name=\"GroupDissolved\" />", throwSignal("intermediateThrowEvent")),
                "Broadcast"));
        cases.add(new Case(
                "signal thrown by an end event",
                processWithDefinitions("<bpmn:signal id=\"Sig\" name=\"GroupDissolved\" />", throwSignal("endEvent")),
                "Broadcast"));
        cases.add(new Case("a bare group-lifecycle", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="t">
                  <bpmn:process id="group-lifecycle" isExecutable="true">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:endEvent id="End"><bpmn:incoming>F</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="F" sourceRef="Start" targetRef="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """, "GroupDissolved"));
        cases.add(new Case("two input/output blocks on one task", task("""
                <bpmn:serviceTask id="Task" camunda:delegateExpression="${measureActivityDelegate}">
                  <bpmn:extensionElements>
                    <camunda:inputOutput><camunda:inputParameter name="a">1</camunda:inputParameter></camunda:inputOutput>
                    <camunda:inputOutput><camunda:inputParameter name="b">2</camunda:inputParameter></camunda:inputOutput>
                  </bpmn:extensionElements>%s
                </bpmn:serviceTask>""".formatted(FLOW)), "camunda:inputOutput"));
        cases.add(new Case(
                "a parameter holding both a list and a map",
                task(io("<camunda:inputParameter name=\"x\"><camunda:list /><camunda:map /></camunda:inputParameter>")),
                "camunda:map"));
        cases.addAll(HostileFlowBpmn.all());
        return cases;
    }

    private static final String FLOW = "<bpmn:incoming>ToTask</bpmn:incoming><bpmn:outgoing>ToEnd</bpmn:outgoing>";

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String task(String taskXml) {
        return Bpmn.oneTask("hostile", taskXml)
                .replace(
                        "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\"",
                        "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
    }

    private static String timerTask(String kind, String value) {
        return """
                <bpmn:intermediateCatchEvent id="Task">%s
                  <bpmn:timerEventDefinition><bpmn:%s xsi:type="bpmn:tFormalExpression">%s</bpmn:%s></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""".formatted(FLOW, kind, value, kind);
    }

    private static String timerStart(String kind, String value) {
        return process("""
                <bpmn:startEvent id="TimedStart"><bpmn:outgoing>F1</bpmn:outgoing>
                  <bpmn:timerEventDefinition><bpmn:%s xsi:type="bpmn:tFormalExpression">%s</bpmn:%s></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F1</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="TimedStart" targetRef="End" />""".formatted(kind, value, kind));
    }

    private static String io(String parameters) {
        return """
                <bpmn:serviceTask id="Task" camunda:delegateExpression="${measureActivityDelegate}">
                  <bpmn:extensionElements><camunda:inputOutput>%s</camunda:inputOutput></bpmn:extensionElements>%s
                </bpmn:serviceTask>""".formatted(parameters, FLOW);
    }

    private static String listener(String listener) {
        return """
                <bpmn:serviceTask id="Task" camunda:delegateExpression="${measureActivityDelegate}">
                  <bpmn:extensionElements>%s</bpmn:extensionElements>%s
                </bpmn:serviceTask>""".formatted(listener, FLOW);
    }

    private static String userTask(String attributes, String children) {
        return "<bpmn:userTask id=\"Task\"" + attributes + ">" + children + FLOW + "</bpmn:userTask>";
    }

    private static String multiInstance(String children, String attributes) {
        return """
                <bpmn:serviceTask id="Task" camunda:delegateExpression="${measureActivityDelegate}">%s
                  <bpmn:multiInstanceLoopCharacteristics camunda:elementVariable="item"%s>%s</bpmn:multiInstanceLoopCharacteristics>
                </bpmn:serviceTask>""".formatted(FLOW, attributes, children);
    }

    private static String gatewayCondition(String condition) {
        return process("""
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:exclusiveGateway id="Choice" default="F3"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing><bpmn:outgoing>F3</bpmn:outgoing></bpmn:exclusiveGateway>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Choice" />
                <bpmn:sequenceFlow id="F2" sourceRef="Choice" targetRef="End">%s</bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="F3" sourceRef="Choice" targetRef="End" />""".formatted(condition));
    }

    private static String catchMessage() {
        return """
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:intermediateCatchEvent id="Wait"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
                  <bpmn:messageEventDefinition messageRef="Msg" /></bpmn:intermediateCatchEvent>
                <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Wait" />
                <bpmn:sequenceFlow id="F2" sourceRef="Wait" targetRef="End" />""";
    }

    private static String catchSignal() {
        return catchMessage()
                .replace(
                        "<bpmn:messageEventDefinition messageRef=\"Msg\" />",
                        "<bpmn:signalEventDefinition signalRef=\"Sig\" />");
    }

    private static String throwSignal(String event) {
        return """
                <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                <bpmn:%1$s id="Broadcast"><bpmn:incoming>F1</bpmn:incoming><bpmn:signalEventDefinition signalRef="Sig" /></bpmn:%1$s>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Broadcast" />""".formatted(event);
    }

    /** A process with the id {@code hostile} around the given elements, as every hostile diagram has. */
    static String process(String body) {
        return processWithDefinitions("", body);
    }

    private static String processWithDefinitions(String definitions, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="D" targetNamespace="t">
                  %s
                  <bpmn:process id="hostile" isExecutable="true" camunda:historyTimeToLive="P1D">
                  %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(definitions, body);
    }
}
