package dev.modelof.processor.writing;

import static dev.modelof.processor.RuntimeNames.MODEL_CHECK;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.modelof.processor.model.SpecDescriptor;

/** Writes {@code <Spec>ModelTest}: the JUnit Jupiter test that runs the machine. */
public final class ModelTestWriter {
  private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");

  private ModelTestWriter() {}

  /**
   * The test class of {@code spec}:
   *
   * <pre>{@code
   * class LruCacheSpecModelTest {
   *   @Test
   *   void lruCacheSpec() {
   *     ModelCheck.run(new LruCacheSpecMachine());
   *   }
   * }
   * }</pre>
   */
  public static TypeSpec write(SpecDescriptor spec) {
    return TypeSpec.classBuilder(spec.testType())
        .addJavadoc("Checks {@link $T} against its model, {@link $T}.\n", spec.implClass(), spec.spec())
        .addAnnotation(GeneratedAnnotation.spec())
        .addMethod(
            MethodSpec.methodBuilder(spec.testMethod())
                .addAnnotation(TEST)
                .addStatement("$T.run(new $T())", MODEL_CHECK, spec.machineType())
                .build())
        .build();
  }
}
