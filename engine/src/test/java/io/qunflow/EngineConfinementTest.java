package io.qunflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The two engines Qunflow is built on stay behind their adapters, so either can be upgraded or
 * replaced by changing one module: Camunda's types only in {@code workflow}, Drools' and KIE's
 * only in {@code rules}. Spring Modulith checks the modules' dependencies on each other; these
 * rules check their dependencies on the libraries.
 */
@AnalyzeClasses(packages = "io.qunflow", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineConfinementTest {

    @ArchTest
    static final ArchRule camunda_onlyInWorkflow = noClasses()
            .that()
            .resideOutsideOfPackage("io.qunflow.workflow..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("the workflow module is the Camunda adapter; the rest of Qunflow sees ports such as"
                    + " GroupLifecycle and SopDelivery");

    @ArchTest
    static final ArchRule drools_onlyInRules = noClasses()
            .that()
            .resideOutsideOfPackage("io.qunflow.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.drools..", "org.kie..")
            .because("the rules module is the only place that compiles and runs rule sets");
}
