package io.qunflow.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.BuildContext;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageSources;
import org.kie.api.builder.Message;

/**
 * Drools' executable-model build with {@link GeneratedJava} between generating Java and compiling
 * it: when the generated sources do what rules may not, the build ends with that as its errors and
 * nothing is compiled, so nothing of it can be loaded or run.
 */
final class CheckedModelProject extends CanonicalModelKieProject {

    /** Where the problems are reported: the generated sources are nobody's file. */
    private static final String GENERATED = "generated Java";

    CheckedModelProject(InternalKieModule module, ClassLoader loader) {
        super(module, loader);
    }

    @Override
    public void writeProjectOutput(MemoryFileSystem target, BuildContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        for (Object builder : modelBuilders.values()) {
            for (Object sources : ((ModelBuilderImpl<?>) builder).getPackageSources()) {
                ((PackageSources) sources).collectGeneratedFiles(files);
            }
        }
        List<String> problems = GeneratedJava.problems(files.stream()
                .map(f -> new String(f.contents(), StandardCharsets.UTF_8))
                .toList());
        if (!problems.isEmpty()) {
            problems.forEach(p -> context.getMessages().addMessage(Message.Level.ERROR, GENERATED, p));
            return;
        }
        super.writeProjectOutput(target, context);
    }
}
