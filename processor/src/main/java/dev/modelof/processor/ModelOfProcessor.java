package dev.modelof.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import java.util.List;
import java.util.function.Consumer;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The modelof annotation processor: turns each {@code @ModelOf} interface into an operation type,
 * a machine and a JUnit test, next to the interface.
 */
@AutoService(Processor.class)
public final class ModelOfProcessor extends BasicAnnotationProcessor {
  private final Consumer<TypeElement> beforeEachSpec;

  /** The processor as javac finds it through {@code META-INF/services}. */
  public ModelOfProcessor() {
    this(spec -> {});
  }

  /**
   * A processor that runs {@code beforeEachSpec} on each spec before validating it. Tests use it to
   * make one spec fail on purpose and check that the failure stays on that spec.
   */
  ModelOfProcessor(Consumer<TypeElement> beforeEachSpec) {
    this.beforeEachSpec = beforeEachSpec;
  }

  @Override
  protected Iterable<? extends Step> steps() {
    return List.of(new ModelOfStep(processingEnv, beforeEachSpec));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }
}
