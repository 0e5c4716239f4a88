package dev.modelof.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} annotation on every generated type: no date, so output is reproducible. */
final class GeneratedAnnotation {
  static final String PROCESSOR = "dev.modelof.processor.ModelOfProcessor";
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private GeneratedAnnotation() {}

  /** {@code @Generated("dev.modelof.processor.ModelOfProcessor")}. */
  static AnnotationSpec spec() {
    return AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build();
  }
}
