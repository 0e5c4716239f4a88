package dev.modelof.processor;

import com.google.auto.common.BasicAnnotationProcessor;
import com.google.auto.service.AutoService;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.lang.model.SourceVersion;

/**
 * The modelof annotation processor: turns each {@code @ModelOf} interface into an operation type,
 * a machine and a JUnit test, next to the interface.
 */
@AutoService(Processor.class)
public final class ModelOfProcessor extends BasicAnnotationProcessor {
  @Override
  protected Iterable<? extends Step> steps() {
    return List.of(new ModelOfStep(processingEnv));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }
}
