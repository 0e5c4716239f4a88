package dev.modelof.processor.writing;

import static dev.modelof.processor.RuntimeNames.LINEARIZABILITY_CHECK;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelof.processor.model.SpecDescriptor;

/** Writes {@code <Spec>LinearizabilityTest}: the JUnit Jupiter test that runs the machine from several threads. */
public final class LinearizabilityTestWriter {
  private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
  private static final ClassName TAG = ClassName.get("org.junit.jupiter.api", "Tag");

  private LinearizabilityTestWriter() {}

  /**
   * The linearizability test class of {@code spec}:
   *
   * <pre>{@code
   * @Tag("concurrency")
   * class SharedLruSpecLinearizabilityTest {
   *   @Test
   *   void sharedLruSpec() {
   *     LinearizabilityCheck.run(new SharedLruSpecMachine());
   *   }
   * }
   * }</pre>
   */
  public static TypeSpec write(SpecDescriptor spec) {
    return TypeSpec.classBuilder(spec.concurrency().testType())
        .addJavadoc("Checks that {@link $T} is linearizable against the model of {@link $T}.\n", spec.implClass(),
            spec.spec())
        .addAnnotation(GeneratedAnnotation.spec())
        .addAnnotation(AnnotationSpec.builder(TAG).addMember("value", "$S", "concurrency").build())
        .addMethod(
            MethodSpec.methodBuilder(spec.testMethod())
                .addAnnotation(TEST)
                .addStatement("$T.run(new $T())", LINEARIZABILITY_CHECK, spec.machineType())
                .build())
        .build();
  }
}
