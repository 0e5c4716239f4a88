package dev.modelof.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * The annotations on generated types: {@code @Generated} with no date, so output is reproducible,
 * and the warnings that the user's own types would cause in generated code switched off.
 */
final class GeneratedAnnotation {
  static final String PROCESSOR = "dev.modelof.processor.ModelOfProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedAnnotation() {}

  /** {@code @Generated("dev.modelof.processor.ModelOfProcessor")}. */
  static AnnotationSpec spec() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /**
   * {@code @SuppressWarnings({"deprecation", "removal"})}, on the types that name the user's
   * implementation, model and parameter types: a spec that tests a deprecated method must not make
   * a {@code -Werror} build fail in code the user did not write.
   */
  static AnnotationSpec userTypeWarnings() {
    return AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "{$S, $S}", "deprecation", "removal").build();
  }
}
