package io.qunflow.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Duration;

/**
 * The server compiles rule sets only through both checks, the sandbox's and the one on the Java
 * Drools generates: the entry points that skip either exist for the tests that prove each check
 * holds alone, and no code of the server calls them or builds with Drools' unchecked project.
 */
@AnalyzeClasses(packages = "io.qunflow", importOptions = ImportOption.DoNotIncludeTests.class)
class CheckedCompilationTest {

    @ArchTest
    static final ArchRule theServerNeverCompilesWithoutTheChecks = noClasses()
            .should()
            .callMethod(RuleSetCompiler.class, "compile", String.class, int.class, String.class, int.class)
            .orShould()
            .callMethod(
                    RuleSetCompiler.class, "compile", String.class, int.class, String.class, int.class, Duration.class)
            .orShould()
            .callMethod(RuleSetCompiler.class, "compileWithoutSandbox", String.class, String.class)
            .because("a rule set the server runs passes the sandbox and the generated-Java check");

    @ArchTest
    static final ArchRule onlyTheUncheckedPathUsesDroolsOwnProject = noClasses()
            .that()
            .doNotHaveSimpleName("RuleSetCompiler")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.drools.model.codegen.ExecutableModelProject")
            .because("CheckedModelProject is the executable-model build with the generated Java checked");
}
